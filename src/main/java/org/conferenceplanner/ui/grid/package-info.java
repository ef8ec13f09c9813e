/**
 * The day × room grid: {@link org.conferenceplanner.ui.grid.ScheduleGrid} (a control with a skin and one
 * stylesheet) over pure, toolkit-free parts — {@link org.conferenceplanner.ui.grid.GridGeometry} (minutes
 * ↔ pixels, rooms ↔ x), {@link org.conferenceplanner.ui.grid.LaneLayout} (overlaps side by side),
 * {@link org.conferenceplanner.ui.grid.DayLayout} (a day laid out and indexed),
 * {@link org.conferenceplanner.ui.grid.VisibleCells} (culling) and
 * {@link org.conferenceplanner.ui.grid.GridNavigator} (arrow keys). Only visible sessions have nodes.
 */
package org.conferenceplanner.ui.grid;
