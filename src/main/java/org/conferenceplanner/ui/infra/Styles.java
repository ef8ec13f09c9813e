package org.conferenceplanner.ui.infra;

import javafx.css.PseudoClass;

/**
 * The style-class and pseudo-class names the views use, so code and {@code app.css} agree on one
 * spelling. Appearance changes go through these, never through per-node {@code setStyle}.
 */
public final class Styles {

    public static final String STYLESHEET = "/org/conferenceplanner/ui/app.css";

    public static final String THEME_DARK = "theme-dark";
    public static final String MAIN = "main-window";
    public static final String SIDEBAR = "planner-sidebar";
    public static final String DETAIL = "detail-pane";
    public static final String SEARCH_BAR = "search-bar";
    public static final String SCHEDULE_BAR = "schedule-bar";
    public static final String NOTICE = "notice";
    public static final String EMPTY_STATE = "empty-state";
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String MUTED = "muted";
    public static final String HEADING = "heading";
    public static final String FIELD_NAME = "field-name";
    public static final String FIELD_VALUE = "field-value";
    public static final String CHIP = "chip";
    public static final String ABSTRACT = "abstract";
    public static final String ACCENT = "accent";
    public static final String DANGER = "danger";
    public static final String SESSION_LIST = "session-list";
    public static final String PLAN_LIST = "plan-list";
    public static final String DAY_HEADER = "day-header";
    public static final String GAP = "gap";
    public static final String COLLISION = "collision";
    public static final String MATCH_COUNT = "match-count";
    public static final String ZONE_LABEL = "zone-label";
    public static final String SEVERITY = "severity";
    public static final String MAYBE_CHIP = "maybe-chip";
    public static final String ATTENDED_MARK = "attended-mark";
    public static final String NOTE = "note";
    public static final String PICK_EDITOR = "pick-editor";

    public static final PseudoClass PLANNED = PseudoClass.getPseudoClass("planned");
    public static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    public static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    public static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass MAYBE = PseudoClass.getPseudoClass("maybe");
    public static final PseudoClass ATTENDED = PseudoClass.getPseudoClass("attended");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private Styles() {
    }
}
