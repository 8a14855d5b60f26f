package io.gatehouse.pii;

import java.util.List;

/** What analysis kept: the winners in UTF-16 offsets (for masking) and as reported findings. */
record Analysis(String text, List<Candidate> kept, List<Finding> findings, int policyVersion) {}
