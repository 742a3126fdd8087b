/** Deterministic demo and benchmark estates written as the interchange CSV files. */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.demo;
