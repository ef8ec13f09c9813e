/** The plan's logic: overlaps, gaps, totals, and reconciling a plan with a newer program. No JavaFX, no I/O. */
package org.conferenceplanner.planner;
