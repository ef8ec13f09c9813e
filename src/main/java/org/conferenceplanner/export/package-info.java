/**
 * Calendar export: .ics (iCalendar 2.0, written with ical4j), .vcs (vCalendar 1.0) and Google Calendar
 * template links, for one session or a whole plan. No JavaFX, no network. Every class here is
 * immutable or stateless apart from caches, so one instance serves every thread.
 */
package org.conferenceplanner.export;
