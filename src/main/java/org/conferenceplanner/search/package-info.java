/** Finding sessions by text: a per-conference index built once, queried as the user types. No JavaFX, no I/O. */
package org.conferenceplanner.search;
