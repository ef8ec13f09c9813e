/**
 * Reading program files: one importer per format, chosen by content ({@link org.conferenceplanner.importer.ProgramReader}).
 * Importers never throw on bad input; they return an {@link org.conferenceplanner.importer.ImportResult}
 * with problems. No JavaFX here.
 */
package org.conferenceplanner.importer;
