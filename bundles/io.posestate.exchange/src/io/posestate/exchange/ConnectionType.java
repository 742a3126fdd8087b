package io.posestate.exchange;

/** Terminal connection as in terminals.csv. */
public enum ConnectionType {
    BLUETOOTH, CELLULAR, WIFI, ETHERNET, DIALUP
}
