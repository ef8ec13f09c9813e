/**
 * Where the app keeps things on disk: the data directory ({@link org.conferenceplanner.store.AppDirectories}),
 * plans ({@link org.conferenceplanner.store.JsonPlanRepository}), copies of imported programs
 * ({@link org.conferenceplanner.store.ProgramLibrary}) and settings ({@link org.conferenceplanner.store.SettingsStore}).
 * Every file is written atomically (temporary file, flushed to disk, renamed over the old one) through
 * {@link org.conferenceplanner.store.AtomicFiles}; JSON goes through DTOs in {@code store.dto}, never the
 * domain records. Methods block; callers on the FX thread go through the task runner. No JavaFX here.
 */
package org.conferenceplanner.store;
