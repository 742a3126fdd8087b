/**
 * What plug-ins contributing views, editors and commands to the workbench use: the estate that is open
 * ({@link io.posestate.ui.EstateSession}) and the ids of the workbench parts ({@link io.posestate.ui.EstateUi}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.ui;
