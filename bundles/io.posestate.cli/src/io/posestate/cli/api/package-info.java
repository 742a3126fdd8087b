/**
 * How a bundle adds a subcommand to {@code posestate}: register a {@link io.posestate.cli.api.Command} as an OSGi
 * service (a Declarative Services component). The launcher lists every command it finds.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.cli.api;
