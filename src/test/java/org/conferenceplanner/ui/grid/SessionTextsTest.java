package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.ui.grid.GridTestSessions.DENVER;
import static org.conferenceplanner.ui.grid.GridTestSessions.session;

import java.util.Locale;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

class SessionTextsTest {

    private final SessionTexts texts = new SessionTexts(Locale.US);

    @Test
    void accessibleTextSaysTitleTimeRoomAndPlanState() {
        Session s = session("42", "255-EF", "10:30", "11:00").toBuilder().title("OpenOnload").build();

        assertThat(texts.accessibleText(s, DENVER, false, false)).isEqualTo("OpenOnload, Wed 14 Nov 10:30\u201311:00, 255-EF");
        assertThat(texts.accessibleText(s, DENVER, true, false)).endsWith(", 255-EF, planned");
        assertThat(texts.accessibleText(s, DENVER, false, true)).endsWith(", 255-EF, collides with plan");
    }

    @Test
    void afterMidnightTheCalendarDateIsTold() {
        Session late = session("late", "Hall", "00:30", "01:00");

        assertThat(texts.accessibleText(late, DENVER, false, false)).contains("Thu 15 Nov 00:30\u201301:00");
    }

    @Test
    void cancelledAndUntitledSessionsAreStillDescribed() {
        Session s = session("7", "", "09:00", "10:00").toBuilder().title("").cancelled(true).build();

        assertThat(texts.cellText(s)).isEqualTo("7");
        assertThat(texts.accessibleText(s, DENVER, false, false)).isEqualTo("7, Wed 14 Nov 09:00\u201310:00, cancelled");
    }
}
