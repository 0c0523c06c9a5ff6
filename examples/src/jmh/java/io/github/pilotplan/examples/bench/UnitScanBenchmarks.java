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
 * Responsibility clauses on one hostile line, at two sizes ten times apart; a linear scan takes
 * about ten times as long on the larger one.
 *
 * <ul>
 *   <li>{@code unitEndingInEtc}: "1、…(责任单位:市民政局" + 等 × 100,000 or 1,000,000 + ")" — 0.3 or
 *       3 MB of UTF-8 (issue 13: 171 s at 3 MB before every 等 stopped copying the name);
 *   <li>{@code keywordLessClauses}: one line of 2,000 or 20,000 clauses
 *       "(生态环境部牵头,国家发展改革委、工业和信息化部参与)" and "由市发展改革局牵头,市财政局配合,".
 * </ul>
 *
 * <pre>{@code
 * java -jar examples/target/benchmarks.jar UnitScanBenchmarks
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class UnitScanBenchmarks {

  /** One hostile line at one size. */
  @State(Scope.Benchmark)
  public static class Input {
    /** Size factor: 1 or 10. */
    @Param({"1", "10"})
    public int scale;

    String etc;
    String clauses;

    @Setup
    public void build() {
      etc = "一、总则\n1、2012年前完成甲工作。(责任单位:市民政局" + "等".repeat(100_000 * scale) + ")\n";
      clauses = "一、总则\n1、" + "建立制度(生态环境部牵头,国家发展改革委、工业和信息化部参与),由市发展改革局牵头,市财政局配合,"
          .repeat(2_000 * scale) + "\n";
    }
  }

  @Benchmark
  public Plan unitEndingInEtc(Input in) {
    return PlanLoader.standard().load(in.etc);
  }

  @Benchmark
  public Plan keywordLessClauses(Input in) {
    return PlanLoader.standard().load(in.clauses);
  }
}
