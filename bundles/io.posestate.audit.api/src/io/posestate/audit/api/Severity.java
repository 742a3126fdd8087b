package io.posestate.audit.api;

/** How urgent a finding is (formats.md: INFO, WARNING or CRITICAL). */
public enum Severity {
    INFO, WARNING, CRITICAL
}
