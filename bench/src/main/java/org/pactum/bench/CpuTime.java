package org.pactum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used by this JVM and by the child processes it has waited for (parse workers,
 * pdftotext), read from {@code /proc/self/stat}. On a machine shared with other work, wall time
 * moves with the load; CPU time says what the work itself cost. NaN where there is no /proc.
 */
public final class CpuTime {

  /** Linux reports these times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
  private static final double TICKS_PER_SECOND = 100;

  private CpuTime() {}

  /** User and system time of this process plus that of its reaped children, in seconds. */
  public static double withChildren() {
    return seconds(true);
  }

  /** User and system time of this process alone, in seconds. */
  public static double ofThisProcess() {
    return seconds(false);
  }

  private static double seconds(boolean children) {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // fields after the command name, which is in parentheses and may hold spaces
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // utime, stime, cutime, cstime are fields 14-17 of the line, 12-15 after the name
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      if (children) {
        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
      }
      return ticks / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
