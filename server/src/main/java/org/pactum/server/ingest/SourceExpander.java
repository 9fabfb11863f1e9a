package org.pactum.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.pactum.extractor.model.DocumentStatus;

/**
 * Turns what the user named (files, folders, zip archives) into staged {@link Candidate}s. Folders
 * are walked recursively (hidden files skipped); zip entries are treated as files, with archives
 * nested up to a limit. Unsafe entry paths, zip bombs and over-large files are refused with a
 * reason; nothing is ever written to a path taken from an archive.
 */
public final class SourceExpander {

  /** Receives what the expansion produces, on the expanding thread. */
  public interface Receiver {
    /** A staged file to process; the receiver owns the staged copy from here on. */
    void candidate(Candidate candidate) throws InterruptedException;

    /** A file that ends here, without being processed. */
    void refused(IngestResult result);

    /** More files were found than {@link #count} said. */
    default void discovered(long more) {}
  }

  private final Stager stager;
  private final ArchiveLimits limits;
  public SourceExpander(Supplier<Path> stagingFiles, ArchiveLimits limits) {
    this.stager = new Stager(stagingFiles);
    this.limits = limits;
  }

  /** About how many files the inputs hold, archives counted by their entries. */
  public long count(List<Path> inputs) {
    long n = 0;
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        for (Path file : files(input)) {
          n += countFile(file);
        }
      } else {
        n += countFile(input);
      }
    }
    return n;
  }

  private long countFile(Path file) {
    if (!isArchive(file.toString())) {
      return 1;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return Math.max(1, zip.stream().filter(e -> !e.isDirectory()).count());
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }

  /** Files given with their own names (uploads); an archive among them is opened as usual. */
  public void expandNamed(List<NamedFile> files, Receiver receiver) throws InterruptedException {
    for (NamedFile named : files) {
      file(named.path(), named.name(), named.source(), receiver);
    }
  }

  /** About how many files the named files hold, archives counted by their entries. */
  public long countNamed(List<NamedFile> files) {
    long n = 0;
    for (NamedFile named : files) {
      n += isArchive(named.name()) ? countFile(named.path()) : 1;
    }
    return n;
  }

  public void expand(List<Path> inputs, Receiver receiver) throws InterruptedException {
    for (Path input : inputs) {
      String source = input.toString();
      if (!Files.exists(input)) {
        receiver.refused(IngestResult.refused(source, DocumentStatus.FAILED, "no such file or folder"));
      } else if (Files.isDirectory(input)) {
        Path base = input.toAbsolutePath().normalize();
        Path shown = base.getFileName() == null ? Path.of("") : base.getFileName();
        for (Path file : files(input)) {
          // named from the folder given, not from the root: "contracts/2019/lease.pdf"
          file(file, shown.resolve(input.relativize(file)).toString(), source, receiver);
        }
      } else {
        file(input, source, source, receiver);
      }
    }
  }

  private void file(Path file, String name, String source, Receiver receiver) throws InterruptedException {
    if (!Files.isReadable(file)) {
      receiver.refused(IngestResult.refused(name, DocumentStatus.FAILED, "the file cannot be read (permissions)"));
      return;
    }
    if (isArchive(name)) {
      archive(file, name, source, 1, receiver);
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      Stager.Staged staged = stager.stage(in, written -> checkFileSize(written));
      receiver.candidate(new Candidate(name, source, staged.file(), staged.sha256(), staged.size()));
    } catch (Stager.LimitExceededException e) {
      receiver.refused(IngestResult.refused(name, DocumentStatus.FAILED, e.getMessage()));
    } catch (IOException e) {
      receiver.refused(IngestResult.refused(name, DocumentStatus.FAILED, "cannot read the file: " + e.getMessage()));
    }
  }

  private void archive(Path file, String name, String source, int depth, Receiver receiver)
      throws InterruptedException {
    if (depth > limits.maxDepth()) {
      receiver.refused(
          IngestResult.refused(name, DocumentStatus.FAILED, "archives nested more than " + limits.maxDepth() + " deep; not opened"));
      return;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      // the central directory says how many entries there are before any is opened: an archive over
      // the limit is refused whole rather than half ingested
      if (zip.size() > limits.maxEntries()) {
        receiver.refused(IngestResult.refused(name, DocumentStatus.FAILED,
            "zip bomb: " + zip.size() + " entries, more than the limit of " + limits.maxEntries() + "; not opened"));
        return;
      }
      if (zip.stream().allMatch(ZipEntry::isDirectory)) {
        receiver.refused(IngestResult.refused(name, DocumentStatus.EMPTY, "the archive holds no files"));
        return;
      }
      if (depth > 1) {
        // count() saw a nested archive as one file
        receiver.discovered(zip.stream().filter(e -> !e.isDirectory()).count() - 1);
      }
      long expanded = 0;
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        String entryName = name + "!/" + entry.getName();
        String unsafe = unsafePath(entry.getName());
        if (unsafe != null) {
          receiver.refused(IngestResult.refused(entryName, DocumentStatus.FAILED, "unsafe path in archive (" + unsafe + "); entry refused"));
          continue;
        }
        if (baseName(entry.getName()).startsWith(".") || entry.getName().startsWith("__MACOSX/")) {
          continue;
        }
        long before = expanded;
        long compressed = Math.max(entry.getCompressedSize(), 1);
        Stager.Staged staged;
        try (InputStream in = zip.getInputStream(entry)) {
          staged =
              stager.stage(
                  in,
                  written -> {
                    checkFileSize(written);
                    if (before + written > limits.maxArchiveBytes()) {
                      throw new Stager.LimitExceededException(
                          "zip bomb: the archive expands past " + mb(limits.maxArchiveBytes()));
                    }
                    if (written > ArchiveLimits.RATIO_THRESHOLD_BYTES && written / compressed > limits.maxRatio()) {
                      throw new Stager.LimitExceededException(
                          "zip bomb: the entry expands more than " + limits.maxRatio() + " times its compressed size");
                    }
                  });
        } catch (Stager.LimitExceededException e) {
          receiver.refused(IngestResult.refused(entryName, DocumentStatus.FAILED, e.getMessage()));
          if (e.getMessage().contains("archive expands")) {
            return;
          }
          continue;
        } catch (ZipException e) {
          receiver.refused(IngestResult.refused(entryName, zipStatus(e), zipMessage(e)));
          continue;
        }
        expanded += staged.size();
        if (isArchive(entry.getName())) {
          try {
            archive(staged.file(), entryName, source, depth + 1, receiver);
          } finally {
            deleteQuietly(staged.file());
          }
        } else {
          receiver.candidate(new Candidate(entryName, source, staged.file(), staged.sha256(), staged.size()));
        }
      }
    } catch (ZipException e) {
      receiver.refused(IngestResult.refused(name, zipStatus(e), "not a readable zip archive: " + zipMessage(e)));
    } catch (IOException | RuntimeException e) {
      receiver.refused(IngestResult.refused(name, DocumentStatus.FAILED, "cannot read the archive: " + e.getMessage()));
    }
  }

  private void checkFileSize(long written) throws Stager.LimitExceededException {
    if (written > limits.maxFileBytes()) {
      throw new Stager.LimitExceededException("too large: over the limit of " + mb(limits.maxFileBytes()));
    }
  }

  /** Why an entry name is unsafe to trust, or null when it is fine. */
  static String unsafePath(String entryName) {
    String n = entryName.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      return "absolute path " + entryName;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return "parent-folder path " + entryName;
      }
    }
    if (n.indexOf('\0') >= 0) {
      return "NUL in name";
    }
    return null;
  }

  private static DocumentStatus zipStatus(ZipException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("encrypt") ? DocumentStatus.ENCRYPTED : DocumentStatus.FAILED;
  }

  private static String zipMessage(ZipException e) {
    String m = String.valueOf(e.getMessage());
    return m.toLowerCase(Locale.ROOT).contains("encrypt") ? "the archive entry is password protected" : m;
  }

  static boolean isArchive(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  private static String baseName(String entryName) {
    int slash = entryName.lastIndexOf('/');
    return slash < 0 ? entryName : entryName.substring(slash + 1);
  }

  /**
   * The files under {@code folder}, sorted, leaving out hidden files and whatever the folder's
   * {@value #IGNORE_FILE} lists (one glob a line, relative to the folder, {@code #} for comments).
   */
  private static List<Path> files(Path folder) {
    List<PathMatcher> ignored = ignorePatterns(folder);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !folder.relativize(p).toString().matches("(^|.*/)\\..*"))
          .filter(p -> ignored.stream().noneMatch(m -> m.matches(folder.relativize(p))))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      // a folder that cannot be walked yields what was found so far; the run reports the rest
    }
    return files;
  }

  /** The name of the file that lists what a folder's ingest leaves out. */
  public static final String IGNORE_FILE = ".pactumignore";

  private static List<PathMatcher> ignorePatterns(Path folder) {
    Path list = folder.resolve(IGNORE_FILE);
    if (!Files.isRegularFile(list)) {
      return List.of();
    }
    List<PathMatcher> matchers = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(list)) {
        String glob = line.strip();
        if (!glob.isEmpty() && !glob.startsWith("#")) {
          matchers.add(folder.getFileSystem().getPathMatcher("glob:" + glob));
          matchers.add(folder.getFileSystem().getPathMatcher("glob:**/" + glob));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // an unreadable or malformed ignore file ignores nothing
    }
    return matchers;
  }

  private static String mb(long bytes) {
    return bytes >= 1024L * 1024 * 1024 ? bytes / (1024L * 1024 * 1024) + " GB" : bytes / (1024 * 1024) + " MB";
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // staging is emptied when the repository next opens
    }
  }
}
