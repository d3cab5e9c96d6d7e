package org.commitmenttracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML to text: what a reader sees, a line per block, without navigation, scripts or forms. */
class HtmlTextTest {

    @Test
    void keepsParagraphsAsLinesAndDropsPageFurniture() {
        String html = "<html><head><title>x</title><script>var a = 1;</script></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><header>Ministry</header>"
                + "<article><h1>Outcome of talks</h1><p>The two sides agreed to meet&nbsp;again.</p>"
                + "<p>Both <b>ministers</b> will visit <br>each other.</p><ul><li>First point.</li></ul></article>"
                + "<aside>Related stories</aside><form><button>Share</button></form><footer>© 2024</footer>"
                + "</body></html>";
        assertThat(HtmlText.of(html)).isEqualTo("Outcome of talks\nThe two sides agreed to meet again.\n"
                + "Both ministers will visit\neach other.\nFirst point.");
    }

    @Test
    void tellsHtmlFromPlainTextByMediaTypeOrByItsStart() {
        assertThat(HtmlText.isHtml("text/html; charset=utf-8", "plain")).isTrue();
        assertThat(HtmlText.isHtml("text/plain", "<p>x</p>")).isFalse();
        assertThat(HtmlText.isHtml(null, "  <!DOCTYPE html><html>")).isTrue();
        assertThat(HtmlText.isHtml(null, "The ministers met <today>.")).isFalse();
    }

    @Test
    void plainTextGetsUniformLineEndsAndNoNonBreakingSpaces() {
        assertThat(HtmlText.plain("One.\u00a0\r\nTwo.\r\n\r\n\r\n\r\nThree.\t\n")).isEqualTo("One.\nTwo.\n\nThree.");
    }
}
