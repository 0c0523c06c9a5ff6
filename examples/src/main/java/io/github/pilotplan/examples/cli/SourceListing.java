package io.github.pilotplan.examples.cli;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.pilotplan.Plan;

/**
 * A plan's text as an HTML page, one anchor per line, so that a task's source links to it:
 * {@code /source#L38} is line 38 (1-based, as in a task's {@code source.line}).
 *
 * <pre>{@code
 * String html = SourceListing.html(PlanLoader.seed(), 0);
 * // … <span class="line" id="L38"><a class="ln" href="#L38">38</a>…2011年前,建立…</span> …
 * }</pre>
 *
 * <p>The text is untrusted: every line is HTML-escaped, and control characters other than a tab
 * are shown as U+FFFD, so nothing in it is read as markup.
 */
final class SourceListing {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private SourceListing() {}

  /** The page for {@code plan}, the {@code index}th plan served. */
  static String html(Plan plan, int index) {
    StringBuilder html = new StringBuilder(plan.text().length() * 2 + 1024);
    String title = plan.title().or(() -> plan.name()).orElse("pilotplan");
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(HTML.escape(title)).append(" · 原文</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body class=\"source\">\n")
        .append("<header><a href=\"/\">← 督查督办</a><h1>")
        .append(HTML.escape(title)).append("</h1><p class=\"note\">plan ").append(index)
        .append(", the text as read</p></header>\n<pre class=\"text\">");
    String[] lines = plan.text().split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      int n = i + 1;
      html.append("<span class=\"line\" id=\"L").append(n).append("\"><a class=\"ln\" href=\"#L")
          .append(n).append("\">").append(n).append("</a>")
          .append(HTML.escape(visible(lines[i]))).append("</span>\n");
    }
    return html.append("</pre>\n</body>\n</html>\n").toString();
  }

  private static String visible(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.codePoints().forEach(c -> {
      boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0);
      boolean surrogate = c >= 0xd800 && c <= 0xdfff;
      out.appendCodePoint(control || surrogate ? 0xfffd : c);
    });
    return out.toString();
  }
}
