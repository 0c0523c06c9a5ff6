package io.github.pilotplan.examples.bench;

import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inputs built to make a scanner backtrack or recurse, each at two sizes ten times apart: if
 * loading is linear, the larger takes about ten times as long (average time per load, ms).
 *
 * <ul>
 *   <li>{@code openBrackets}: 100,000 or 1,000,000 "(" on one line — nesting far past the depth
 *       cap;
 *   <li>{@code oneLongLine}: one numbered line of 0.5 or 5 MB of UTF-8 that repeats a deadline, a unit
 *       annotation, a town and a target, so every grammar reads all of it;
 *   <li>{@code junkLines}: 0.5 or 5 MB of UTF-8 in short lines of digits, brackets, 年 and 、, the pieces
 *       of deadlines, labels and unit lists without their sense;
 *   <li>{@code countsOnOneLine}, {@code boundsOnOneLine}, {@code townListOnOneLine}: the target and
 *       town-list shapes that were quadratic (issue 13), 1个, 不少于1名 and 黄江、厚街、 repeated.
 * </ul>
 *
 * <p>The fork runs with a fixed heap (6 GiB, 3 GiB of it young). With the default heap, which
 * starts small and grows, a 5 MB junk text (one diagnostic and one source line per input line)
 * spent most of its time in collections that copy the half-built plan, and took 20 to 50 times as
 * long as the 0.5 MB one. Add {@code -prof gc} to see the bytes allocated per load: ten times the
 * input allocates ten times as much.
 *
 * <pre>{@code
 * java -jar examples/target/benchmarks.jar HostileInputBenchmarks -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Xmn3g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class HostileInputBenchmarks {

  /** One hostile text at one size. */
  @State(Scope.Benchmark)
  public static class Input {
    /** Size factor: 1 or 10. */
    @Param({"1", "10"})
    public int scale;

    String brackets;
    String longLine;
    String junk;
    String counts;
    String bounds;
    String townList;

    @Setup
    public void build() {
      brackets = "(".repeat(100_000 * scale);
      longLine = "(一)" + "到2010年底,责任单位:市财政局、黄江镇,全市80%以上的社区达标;".repeat(6_000 * scale);
      StringBuilder sb = new StringBuilder();
      int i = 0;
      while (sb.length() < 300_000 * scale) {   // 1.7 bytes of UTF-8 per char
        sb.append(JUNK[i++ % JUNK.length]).append('\n');
      }
      junk = sb.toString();
      // issue 13: once quadratic in the target and town scans (40 KB of counts ran 256 MB out)
      counts = "1、" + "1个".repeat(20_000 * scale);
      bounds = "1、" + "不少于1名".repeat(8_000 * scale);
      townList = "1、镇" + "黄江、厚街、".repeat(6_000 * scale);
    }
  }

  private static final String[] JUNK = {
    "((((((((((2010年", "1、1、1、1、1、", "(一)(二)(三)", "2009至2010至2011至", "责任单位:、、、、;;",
    "《《《《2012年》", "从2010年开始从", "80%以上以上%%", "1.1.1.1.1.1", "①②③④⑤",
  };

  @Benchmark
  public Plan openBrackets(Input in) {
    return PlanLoader.standard().load(in.brackets);
  }

  @Benchmark
  public Plan oneLongLine(Input in) {
    return PlanLoader.standard().load(in.longLine);
  }

  @Benchmark
  public Plan junkLines(Input in) {
    return PlanLoader.standard().load(in.junk);
  }

  /** "1个" 20,000 / 200,000 times on one line: a count with no subject each. */
  @Benchmark
  public Plan countsOnOneLine(Input in) {
    return PlanLoader.standard().load(in.counts);
  }

  /** "不少于1名" 8,000 / 80,000 times on one line: each subject read backward, bounded. */
  @Benchmark
  public Plan boundsOnOneLine(Input in) {
    return PlanLoader.standard().load(in.bounds);
  }

  /** "黄江、厚街、" 6,000 / 60,000 times after 镇: a list of short town names with no suffix. */
  @Benchmark
  public Plan townListOnOneLine(Input in) {
    return PlanLoader.standard().load(in.townList);
  }
}
