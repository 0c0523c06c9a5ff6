package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Issue 13's control characters, through the command line as {@code main} runs it: a form feed
 * (pdftotext's page break), vertical tab, NUL or ESC in the plan's text, and an emoji where the
 * calendar cuts its SUMMARY.
 */
class ControlCharactersCliTest {

  @TempDir
  Path dir;

  private Path hostilePlan() throws Exception {
    Path file = dir.resolve("hostile.txt");
    Files.writeString(file, "1、2012年前完成\f甲\u000B乙\u0000丙\u001B丁工作,建成社区服务中心和社区服务站以及各类服务设施共计"
        + "\uD83D\uDE00\uD83D\uDE00。(责任单位:市民政局)\n"
        // 38 UTF-16 units, then emoji: a cut at 39 units would split the first one.
        + "2、2011年前完成乙工作" + "建".repeat(27) + "\uD83D\uDE00\uD83D\uDE00。(责任单位:市财政局)\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PilotplanCli.commandLine(new PrintWriter(out), new PrintWriter(err), new ByteArrayOutputStream(),
        false).execute(args);
    assertThat(exit).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void theTimelineIsXmlThatParses() throws Exception {
    String svg = run("timeline", "--file", hostilePlan().toString());
    assertThat(svg).contains("完成 甲 乙");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertThat(svg.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')).isEmpty();
  }

  @Test
  void theCalendarHasNoControlCharacterAndNoHalfEmoji() throws Exception {
    String ics = run("calendar", "--file", hostilePlan().toString());
    assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents(VToDo.VTODO)).hasSize(2);
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("SUMMARY:2011年前完成乙工作" + "建".repeat(27) + "\uD83D\uDE00…\r\n");
    assertThat(unfolded.replace("\r\n", "").chars().filter(Character::isISOControl)).isEmpty();
    for (int i = 0; i < unfolded.length(); i++) {
      char c = unfolded.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(unfolded.charAt(i + 1))).as("whole at %s", i).isTrue();
      } else if (Character.isLowSurrogate(c)) {
        assertThat(Character.isHighSurrogate(unfolded.charAt(i - 1))).as("whole at %s", i).isTrue();
      }
    }
  }
}
