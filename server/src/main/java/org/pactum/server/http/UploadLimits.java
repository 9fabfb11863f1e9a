package org.pactum.server.http;

/**
 * How large an upload may be; a larger one is refused with 413 before it is stored.
 *
 * @param maxFileMegabytes one file
 * @param maxRequestMegabytes all the files of one request
 */
public record UploadLimits(long maxFileMegabytes, long maxRequestMegabytes) {

  public static final UploadLimits DEFAULT = new UploadLimits(512, 2048);

  public UploadLimits {
    if (maxFileMegabytes < 1 || maxRequestMegabytes < maxFileMegabytes) {
      throw new IllegalArgumentException("upload limits must be at least 1 MB, the request's at least the file's: "
          + maxFileMegabytes + " MB, " + maxRequestMegabytes + " MB");
    }
  }
}
