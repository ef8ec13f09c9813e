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

    @Test
    void whitespaceIsTidiedLineByLine() {
        assertThat(HtmlText.toPlainText("<p>  a \t b\u00a0\u00a0c  </p>\n\n\n<p>\n d</p>")).isEqualTo("a b c\n\nd");
        assertThat(HtmlText.tidy("\n\n  one  \r\n two\r\rthree\n\n\n\n")).isEqualTo("one\ntwo\n\nthree");
        assertThat(HtmlText.tidy("\u2003 lead and trail \u2003")).isEqualTo("lead and trail");
    }

    @Test
    void looksLikeHtmlOnlyForRealTagsAndEntities() {
        assertThat(HtmlText.looksLikeHtml("<p>x</p>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("<A HREF='x'>y")).isTrue();
        assertThat(HtmlText.looksLikeHtml("&amp;")).isTrue();
        assertThat(HtmlText.looksLikeHtml("&#39;")).isTrue();
        assertThat(HtmlText.looksLikeHtml("<pre>x")).isTrue();
        assertThat(HtmlText.looksLikeHtml("a <3 b")).isFalse();
        assertThat(HtmlText.looksLikeHtml("<pé>")).isFalse();
        assertThat(HtmlText.looksLikeHtml("<p")).isFalse();
        assertThat(HtmlText.looksLikeHtml("<paragraph>")).isFalse();
        assertThat(HtmlText.looksLikeHtml("Rock & roll; &#x;")).isFalse();
    }
}
