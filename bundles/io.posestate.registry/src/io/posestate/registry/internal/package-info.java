/** JDBC implementation of the estate registry (Declarative Services components). */
package io.posestate.registry.internal;
