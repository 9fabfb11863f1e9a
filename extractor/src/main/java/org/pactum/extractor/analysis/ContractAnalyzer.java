package org.pactum.extractor.analysis;

import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.ParsedDocument;

/** One step of the pipeline: a parsed document to what is understood of it. */
@FunctionalInterface
public interface ContractAnalyzer {

  Extraction analyse(ParsedDocument document, String fileName);
}
