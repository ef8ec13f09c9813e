package org.conferenceplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void plainTextIsKeptAsItIs() {
        assertThat(HtmlText.toPlainText("  Rock & roll < 3 \r\nsecond line ")).isEqualTo("Rock & roll < 3 \nsecond line");
    }

    @Test
    void paragraphsListsEntitiesAndLinkTargetsSurvive() {
        String html = "<p>First &amp; <em>best</em>.</p><p>See <a href=\"https://example.org/x\">the page</a>.</p>"
                + "<ul><li>one</li><li>two</li></ul>";
        assertThat(HtmlText.toPlainText(html))
                .isEqualTo("First & best.\n\nSee the page (https://example.org/x).\n\n• one\n\n• two");
    }

    @Test
    void scriptsAreDroppedNotRun() {
        assertThat(HtmlText.toPlainText("<p>Hi</p><script>alert(1)</script><style>p{}</style>")).isEqualTo("Hi");
    }

    @Test
    void entityEscapedHtmlIsResolved() {
        assertThat(HtmlText.toPlainText("Caf&eacute; &quot;talk&quot;")).isEqualTo("Café \"talk\"");
    }
}
