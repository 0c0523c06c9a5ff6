package io.github.pilotplan.examples.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link LoadBenchmarks} in a fork with a fixed heap of 6 GiB, 3 GiB of it young: the second,
 * labelled configuration, as the suite measured before its main one used the JVM's default heap
 * settings. With a young generation that large the collector hardly runs during a measurement,
 * so the figures show the loader's own work; the defaults show what a user's JVM sees.
 *
 * <pre>{@code
 * java -jar examples/target/benchmarks.jar 'LoadBenchmarksFixedHeap.seed'
 * }</pre>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Xmn3g"})
public class LoadBenchmarksFixedHeap extends LoadBenchmarks {}
