package scratch;
import io.github.pilotplan.*;
import org.junit.jupiter.api.Test;
class ScratchBigTest {
  @Test void big() {
    long t0 = System.nanoTime();
    Plan p = PlanLoader.standard().load("一、总则\n1、2012年前完成甲工作。(责任单位:市民政局" + "等".repeat(1_000_000) + ")\n");
    System.out.println("BIG " + (System.nanoTime() - t0) / 1_000_000 + " ms " + p.units());
  }
}
