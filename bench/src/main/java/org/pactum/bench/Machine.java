package org.pactum.bench;

import java.lang.management.ManagementFactory;

/** Prints what the benchmark ran on, so figures can be compared. */
public final class Machine {

  private Machine() {}

  public static void print(int threads) {
    Runtime rt = Runtime.getRuntime();
    System.out.printf("machine: %s %s, %d cores, java %s, max heap %d MB, threads %d%n",
        System.getProperty("os.name"), System.getProperty("os.arch"), rt.availableProcessors(),
        System.getProperty("java.version"), rt.maxMemory() / (1024 * 1024), threads);
    System.out.println("jvm: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    printLoad();
  }

  /** The system load average: the machine may be shared, and figures taken under load read slower. */
  public static void printLoad() {
    System.out.printf("load average (1 min): %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
