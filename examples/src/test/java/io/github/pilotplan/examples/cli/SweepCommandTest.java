package io.github.pilotplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pilotplan sweep DIR}: a directory of plans in several formats, with files that are no
 * plan and files that cannot be read, swept into one table.
 */
class SweepCommandTest {

  /** Two tasks, read by hand: 一 › 1 (市民政局, 2010) and 一 › 2 (市财政局, 2011). */
  private static final String SMALL = "一、工作目标\n1、2010年底前,建成社区服务中心。(责任单位:市民政局)\n"
      + "2、2011年,开展社工培训。(责任单位:市财政局)\n";

  @TempDir
  Path dir;

  private Path seed;

  @BeforeEach
  void layOut() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("c/d"));
    seed = dir.resolve("a/seed.txt");
    try (java.io.InputStream in = SweepCommandTest.class.getResourceAsStream(
        "/io/github/pilotplan/seeds/000_8ddc76576f8f43b0.txt")) {
      Files.copy(in, seed);
    }
    Files.write(dir.resolve("c/d/small.txt"), SMALL.getBytes(Charset.forName("GB18030")));
    Files.writeString(dir.resolve("c/page.HTML"),
        "<html><body><p>一、工作目标</p><p>1、2010年底前,建成社区服务中心。(责任单位:市民政局)</p></body></html>");
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xff, 0x00, (byte) 0x81});
    Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 1, 2, 3, 4, 5});
    Files.writeString(dir.resolve("notes.md"), "一、不是方案\n");
    Files.writeString(dir.resolve(".hidden.txt"), SMALL);
  }

  private static List<CSVRecord> csv(String out) throws IOException {
    assertThat(out).startsWith("\uFEFF");
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.substring(1))).getRecords();
  }

  @Test
  void everyTaskOfEveryPlanInFileOrderWithItsFile() throws IOException {
    CliRun run = CliRun.of("sweep", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .isEqualTo("\uFEFFfile,path,task,lead unit,units,deadline,due year,targets");
    List<CSVRecord> rows = csv(run.out());
    // The seed's rows are those of 'tasks --file' on it, the file column in front.
    List<CSVRecord> seedRows = csv(CliRun.of("tasks", "--file", seed.toString(), "--format", "csv").out());
    assertThat(rows.subList(0, seedRows.size())).allSatisfy(r -> assertThat(r.get("file")).isEqualTo("a/seed.txt"));
    for (int i = 0; i < seedRows.size(); i++) {
      assertThat(rows.get(i).toList().subList(1, 8)).isEqualTo(seedRows.get(i).toList());
    }
    // Then c/d/small.txt (GB18030) before c/page.HTML: path order, 'd' before 'p'.
    List<CSVRecord> rest = rows.subList(seedRows.size(), rows.size());
    assertThat(rest).extracting(r -> r.get("file") + " " + r.get("path") + " " + r.get("lead unit") + " " + r.get("due year"))
        .containsExactly(
            "c/d/small.txt 一 › 1 市民政局 2010",
            "c/d/small.txt 一 › 2 市财政局 2011",
            "c/page.HTML 一 › 1 市民政局 2010");
    assertThat(run.errLines()).containsExactly(String.format(
        "pilotplan: 3 files read, 3 skipped: 1 not a plan text, 1 old Word .doc, 1 undecodable; %,d tasks found",
        rows.size()));
  }

  @Test
  void jsonHoldsTheTaskObjectsOfTasksWithAFileFieldFirst() {
    CliRun run = CliRun.of("sweep", dir.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode all = run.json();
    JsonNode seedTasks = CliRun.of("tasks", "--file", seed.toString(), "--format", "json").json();
    assertThat(all.size()).isEqualTo(seedTasks.size() + 3);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ObjectNode task = (ObjectNode) all.get(i).deepCopy();
      assertThat(task.fieldNames().next()).isEqualTo("file");
      files.add(task.remove("file").asText());
      if (i < seedTasks.size()) {
        assertThat(task).isEqualTo(seedTasks.get(i));
      }
    }
    assertThat(files.subList(seedTasks.size(), files.size()))
        .containsExactly("c/d/small.txt", "c/d/small.txt", "c/page.HTML");
    assertThat(all.get(seedTasks.size() + 1).get("units").get(0).asText()).isEqualTo("市财政局");
    // The layout of 'tasks --format json': two-space indents, one element a line.
    assertThat(run.out()).startsWith("[\n  {\n    \"file\": \"a/seed.txt\",\n    \"path\": [\n      \"(一)\",");
    assertThat(run.out()).endsWith("\n  }\n]\n");
  }

  @Test
  void oneThreadGivesTheSameTable() {
    CliRun parallel = CliRun.of("sweep", dir.toString(), "--parallelism", "4");
    CliRun sequential = CliRun.of("sweep", dir.toString(), "--parallelism", "1");
    assertThat(parallel.out()).isEqualTo(sequential.out());
    assertThat(parallel.err()).isEqualTo(sequential.err());
  }

  @Test
  void listSkippedSaysWhichFilesAndWhy() {
    CliRun run = CliRun.of("sweep", dir.toString(), "--list-skipped");
    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).hasSize(4);
    assertThat(run.errLines().get(0)).isEqualTo("pilotplan: skipped notes.md: not a plan text");
    assertThat(run.errLines().get(1)).startsWith("pilotplan: skipped bad.txt: the bytes are ");
    assertThat(run.errLines().get(2)).startsWith("pilotplan: skipped old.doc: an old binary Word file (.doc)");
    assertThat(run.errLines().get(3)).startsWith("pilotplan: 3 files read, 3 skipped");
  }

  @Test
  void aProgressBarOnlyWhenStderrIsATerminal() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PilotplanCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
        new ByteArrayOutputStream(), false, true).execute("sweep", dir.toString());
    assertThat(exit).isZero();
    assertThat(err.toString()).contains("\rsweep").contains("5/5 files");
    List<String> lines = err.toString().lines().toList();
    assertThat(lines.get(lines.size() - 1)).startsWith("pilotplan: 3 files read, 3 skipped");
    assertThat(out.toString()).isEqualTo(CliRun.of("sweep", dir.toString()).out());
    // Not a terminal: the report line alone.
    assertThat(CliRun.of("sweep", dir.toString()).err()).doesNotContain("\r").hasLineCount(1);
  }

  @Test
  void toAFileAndNothingOnStdout() throws IOException {
    Path target = dir.resolve("tasks.json");
    CliRun run = CliRun.of("sweep", dir.toString(), "--format", "json", "--out", target.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo(CliRun.of("sweep", dir.toString(), "--format", "json").out());
    // A second sweep: the .json is not a plan text; the file is replaced, and says so.
    CliRun again = CliRun.of("sweep", dir.toString(), "--out", target.toString());
    assertThat(again.errLines()).containsExactly("pilotplan: replaced " + target,
        again.errLines().get(1));
    assertThat(again.errLines().get(1)).contains("4 skipped: 2 not a plan text, 1 old Word .doc, 1 undecodable");
  }

  @Test
  void anEmptyDirectoryIsAnEmptyTable() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    CliRun run = CliRun.of("sweep", empty.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("\uFEFFfile,path,task,lead unit,units,deadline,due year,targets\r\n");
    assertThat(run.errLines()).containsExactly("pilotplan: 0 files read, 0 skipped; 0 tasks found");
    assertThat(CliRun.of("sweep", empty.toString(), "--format", "json").out()).isEqualTo("[]\n");
  }

  @Test
  void badInputIsOneLineAndANonZeroExit() {
    CliRun missing = CliRun.of("sweep", dir.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.errLines()).containsExactly("pilotplan: cannot read " + dir.resolve("nope") + ": no such directory");
    CliRun file = CliRun.of("sweep", seed.toString());
    assertThat(file.exitCode()).isEqualTo(1);
    assertThat(file.errLines()).containsExactly("pilotplan: cannot read " + seed
        + ": not a directory (for one file: pilotplan tasks --file " + seed + ")");
    CliRun outIsDir = CliRun.of("sweep", dir.toString(), "--out", dir.resolve("a").toString());
    assertThat(outIsDir.exitCode()).isEqualTo(1);
    assertThat(outIsDir.errLines()).containsExactly("pilotplan: cannot write " + dir.resolve("a") + ": is a directory");
    assertThat(outIsDir.out()).isEmpty();
    CliRun withFile = CliRun.of("sweep", dir.toString(), "--file", seed.toString());
    assertThat(withFile.exitCode()).isEqualTo(2);
    assertThat(withFile.errLines().get(0)).isEqualTo("sweep reads DIR, not --file: leave out --file");
    CliRun badParallelism = CliRun.of("sweep", dir.toString(), "--parallelism", "-1");
    assertThat(badParallelism.exitCode()).isEqualTo(2);
    assertThat(CliRun.of("sweep").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("sweep", dir.toString(), "--format", "xlsx").exitCode()).isEqualTo(2);
  }

  @Test
  void aFileOverTheCapIsSkippedAsTooLarge() {
    CliRun run = CliRun.of("sweep", dir.toString(), "--max-size", "1000");
    assertThat(run.exitCode()).isZero();
    // The seed (7,239 bytes) is over 1,000; small.txt, page.HTML are not.
    assertThat(run.errLines()).containsExactly(
        "pilotplan: 2 files read, 4 skipped: 1 not a plan text, 1 old Word .doc, 1 too large, 1 undecodable; 3 tasks found");
  }
}
