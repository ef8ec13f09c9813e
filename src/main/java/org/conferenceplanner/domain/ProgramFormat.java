package org.conferenceplanner.domain;

/** The program file formats Conference Planner reads. */
public enum ProgramFormat {
    SC_TEXT("SC program page text"),
    VCALENDAR("vCalendar 1.0"),
    FRAB_XML("frab/Pentabarf schedule XML"),
    FRAB_JSON("frab/C3VOC schedule JSON"),
    ICALENDAR("iCalendar");

    private final String label;

    ProgramFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
