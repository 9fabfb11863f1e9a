package org.pactum.bench.search;

import java.util.Locale;

/** A small services contract for uploads, different for every number, carrying a reference to find it by. */
final class UploadContract {

  private static final String[] PROVIDERS = {"Northwind Analytics Inc.", "Cedar Logistics LLC", "Harbor Robotics Corp.",
      "Silverbrook Software Ltd.", "Meridian Devices GmbH"};
  private static final String[] CLIENTS = {"Blue Ridge Foods Inc.", "Granite Energy plc", "Falcon Media LLC",
      "Juniper Pharma S.A.", "Orchard Retail B.V."};
  private static final String[] LAWS = {"New York", "Delaware", "California", "Texas", "Illinois"};
  private static final String[] MONTHS = {"January", "March", "May", "July", "September", "November"};

  private UploadContract() {}

  static String text(String reference, long n) {
    int i = (int) (n % 5);
    return String.format(Locale.ROOT, """
        SERVICES AGREEMENT

        This Services Agreement (the "Agreement") is entered into as of %s %d, %d (the "Effective Date") by and between \
        %s ("Provider") and %s ("Client"). Reference %s.

        1. Services. Provider shall provide the consulting and support services described in each Statement of Work.

        2. Term. This Agreement commences on the Effective Date and continues for %d years, and renews automatically \
        for successive one (1) year terms unless either party gives written notice of non-renewal at least sixty (60) \
        days before the end of the then-current term.

        3. Fees and Payment. Client shall pay each undisputed invoice within thirty (30) days of receipt. The fees \
        shall not exceed $%,d in any contract year.

        4. Confidentiality. Each party shall hold the Confidential Information of the other party in strict confidence.

        5. Limitation of Liability. Neither party shall be liable for indirect or consequential damages.

        6. Governing Law. This Agreement is governed by the laws of the State of %s.
        """, MONTHS[(int) (n % MONTHS.length)], 1 + n % 28, 2015 + n % 10, PROVIDERS[i], CLIENTS[(int) ((n / 5) % 5)],
        reference, 1 + n % 5, 50_000 + 1_000 * (n % 200), LAWS[(int) ((n / 25) % 5)]);
  }
}
