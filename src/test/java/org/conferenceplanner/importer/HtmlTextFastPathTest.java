package org.conferenceplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HtmlText's hand-written fast path must give exactly what the jsoup walk gives, or step aside. Checked
 * on crafted edge cases and on every abstract and description of the real XML programs.
 */
class HtmlTextFastPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>a<p>b", "<ul><li>a<li>b</ul>", "<p>x</p>\n<pre>\ncode\n  more</pre>",
        "<a href=\"http://x\">http://x</a> and <a HREF='mailto:me@x.org'>me@x.org</a> <a href=#top>top</a>",
        "<a href=http://x/y/>z</a>", "<A Href=\"a&amp;b\">c</A>", "<p>Unclosed <b>bold", "x &lt; y &amp;&amp; a<b",
        "3 < 4 and <3 love", "<br/>line<br />two<br>three", "<h2>T</h2><h3>S<h4>U</h4></h3>",
        "<ul>\n <li>one</li>\n <li>two <ul><li>nested</li></ul></li>\n</ul>",
        "<div><p>in div</p></div><blockquote>q</blockquote>", "<p>a <a href=\"x\">b <em>c</em></a> d</p>",
        "<span style=\"color:red\">s</span> <small>m</small> <tt>t</tt>", "<hr><p>after rule</p>",
        "<img src=\"x.png\" alt=\"pic\"> caption", "<p>&nbsp;&nbsp;spaced&nbsp;out&hellip;&mdash;&#8209;&#39;&#x27;</p>",
        "&copy 2020 &notanentity; &amp", "<a href=\"\">empty</a><a>none</a>", "<li>loose item</li>",
        "<p class=x id=\"y\" data-z>attrs</p>", "<b><i>x</b></i>", "</p>stray", "<!-- comment --> text", "<p>x</P>",
        "<a href=\"https://example.org/?a=1&b=2\">q</a>", "<a href=\"https://example.org/?a=1&copy=2\">q</a>",
        "<p>one\n\n\ntwo</p>", "<em>a</em><strong>b</strong>", "<ol><li>x</li></ol>", "<a href=x>unclosed link",
        "<code>&lt;tag&gt;</code>", "<b>bold<p>para</p></b>", "<p>tab\there\u00a0\u00a0and   spaces </p>",
        "<p>a</p>\r<p>b &#13; c</p>", "<a href=\"x\">line<br>break</a>", "<p>x<a href=\"u\">  u  </a></p>",
        "<ul><li><p>para in item</p></li></ul>", "<p><span><li>deep item</li></span></p>", "<table><tr><td>x</td></tr></table>"
    })
    void fastPathEqualsJsoupOrStepsAside(String html) {
        String fast = SimpleHtml.toPlainText(html);
        if (fast != null) {
            assertThat(fast).isEqualTo(HtmlText.viaJsoup(html));
        }
        if (HtmlText.looksLikeHtml(html.replace('\r', '\n'))) {
            assertThat(HtmlText.toPlainText(html)).isEqualTo(HtmlText.viaJsoup(html.replace('\r', '\n')));
        }
    }

    @Test
    void commonAbstractsTakeTheFastPath() {
        assertThat(SimpleHtml.toPlainText("<p>First &amp; <em>best</em>.</p><ul><li>one</li></ul>"))
                .isEqualTo("First & best.\n\n• one");
        assertThat(SimpleHtml.toPlainText("<p>See <a href=\"https://example.org\">the site</a></p>"))
                .isEqualTo("See the site (https://example.org)");
        assertThat(SimpleHtml.toPlainText("<table><tr><td>x</td></tr></table>")).as("left to jsoup").isNull();
        assertThat(SimpleHtml.toPlainText("<p>a<ul><li>b</li></ul></p>")).as("a block inside <p>").isNull();
    }

    @Test
    void everyRealAbstractConvertsAsJsoupWould() throws IOException, XMLStreamException {
        Path dir = SharedData.schedule("frab-xml/fosdem-2025.xml").getParent();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                texts.addAll(abstractsOf(file));
            }
        }
        int fast = 0;
        for (String text : texts) {
            String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
            if (!HtmlText.looksLikeHtml(normalised)) {
                continue;
            }
            String simple = SimpleHtml.toPlainText(normalised);
            if (simple != null) {
                fast++;
                assertThat(simple).as(text).isEqualTo(HtmlText.viaJsoup(normalised));
            }
        }
        assertThat(fast).as("most real HTML takes the fast path").isGreaterThan(1300);
    }

    private static List<String> abstractsOf(Path file) throws IOException, XMLStreamException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && (xml.getLocalName().equals("abstract") || xml.getLocalName().equals("description"))) {
                    texts.add(xml.getElementText());
                }
            }
        }
        return texts;
    }
}
