package org.commitmenttracker.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A release as plain text: HTML is parsed with jsoup, its navigation, scripts, forms and asides dropped, and every
 * block element (paragraph, heading, list item, table row, line break) ends a line, so that the text keeps the
 * release's paragraphs. Plain text passes through with its line ends made uniform.
 */
public final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is)^\\s*(?:<!doctype\\s+html|<html|<head|<body|"
            + "<p[\\s>]|<div[\\s>]|<article[\\s>])");
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Pattern BLOCK = Pattern.compile("(?i)p|div|h[1-6]|li|ul|ol|tr|table|br|blockquote|article|"
            + "section|main|pre|dd|dt|figcaption|caption|hr");

    private HtmlText() {
    }

    /** Whether the content is HTML: by its declared media type, or by how it starts when none is given. */
    public static boolean isHtml(String mediaType, String content) {
        if (mediaType != null && !mediaType.isBlank()) {
            return mediaType.toLowerCase(Locale.ROOT).contains("html");
        }
        return LOOKS_LIKE_HTML.matcher(content).find();
    }

    /** The text a reader sees, one block per line. */
    public static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select(DROPPED).remove();
        Element root = document.body() == null ? document : document.body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (isBlock(node)) {
                    newLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    newLine(out);
                }
            }
        }, root);
        return plain(out.toString());
    }

    /** Plain text with uniform line ends, no spaces at line ends and at most one blank line in a row. */
    public static String plain(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\u00a0\\u2007\\u202f\\t]", " ")
                .replaceAll(" +\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCK.matcher(element.tagName()).matches();
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
