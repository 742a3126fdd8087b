/**
 */
package io.posestate.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Capability</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.posestate.model.EstatePackage#getCapability()
 * @model
 * @generated
 */
public enum Capability implements Enumerator {
	/**
	 * The '<em><b>SIGNATURE CAPTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATURE_CAPTURE_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNATURE_CAPTURE(0, "SIGNATURE_CAPTURE", "SIGNATURE_CAPTURE"),

	/**
	 * The '<em><b>PIN PAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIN_PAD_VALUE
	 * @generated
	 * @ordered
	 */
	PIN_PAD(1, "PIN_PAD", "PIN_PAD"),

	/**
	 * The '<em><b>PRINTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRINTER_VALUE
	 * @generated
	 * @ordered
	 */
	PRINTER(2, "PRINTER", "PRINTER"),

	/**
	 * The '<em><b>BLUETOOTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH_VALUE
	 * @generated
	 * @ordered
	 */
	BLUETOOTH(3, "BLUETOOTH", "BLUETOOTH"),

	/**
	 * The '<em><b>CELLULAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELLULAR_VALUE
	 * @generated
	 * @ordered
	 */
	CELLULAR(4, "CELLULAR", "CELLULAR"),

	/**
	 * The '<em><b>WIFI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIFI_VALUE
	 * @generated
	 * @ordered
	 */
	WIFI(5, "WIFI", "WIFI"),

	/**
	 * The '<em><b>LOCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCATION_VALUE
	 * @generated
	 * @ordered
	 */
	LOCATION(6, "LOCATION", "LOCATION"),

	/**
	 * The '<em><b>REMOTE WIPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_WIPE_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_WIPE(7, "REMOTE_WIPE", "REMOTE_WIPE"),

	/**
	 * The '<em><b>REMOTE LOCK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_LOCK_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_LOCK(8, "REMOTE_LOCK", "REMOTE_LOCK"),

	/**
	 * The '<em><b>FIRMWARE UPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRMWARE_UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRMWARE_UPDATE(9, "FIRMWARE_UPDATE", "FIRMWARE_UPDATE");

	/**
	 * The '<em><b>SIGNATURE CAPTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATURE_CAPTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNATURE_CAPTURE_VALUE = 0;

	/**
	 * The '<em><b>PIN PAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIN_PAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PIN_PAD_VALUE = 1;

	/**
	 * The '<em><b>PRINTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRINTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRINTER_VALUE = 2;

	/**
	 * The '<em><b>BLUETOOTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLUETOOTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BLUETOOTH_VALUE = 3;

	/**
	 * The '<em><b>CELLULAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELLULAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CELLULAR_VALUE = 4;

	/**
	 * The '<em><b>WIFI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIFI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WIFI_VALUE = 5;

	/**
	 * The '<em><b>LOCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCATION_VALUE = 6;

	/**
	 * The '<em><b>REMOTE WIPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_WIPE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_WIPE_VALUE = 7;

	/**
	 * The '<em><b>REMOTE LOCK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_LOCK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_LOCK_VALUE = 8;

	/**
	 * The '<em><b>FIRMWARE UPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRMWARE_UPDATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRMWARE_UPDATE_VALUE = 9;

	/**
	 * An array of all the '<em><b>Capability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Capability[] VALUES_ARRAY =
		new Capability[] {
			SIGNATURE_CAPTURE,
			PIN_PAD,
			PRINTER,
			BLUETOOTH,
			CELLULAR,
			WIFI,
			LOCATION,
			REMOTE_WIPE,
			REMOTE_LOCK,
			FIRMWARE_UPDATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Capability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Capability> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Capability</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Capability get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Capability result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Capability</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Capability getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Capability result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Capability</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Capability get(int value) {
		switch (value) {
			case SIGNATURE_CAPTURE_VALUE: return SIGNATURE_CAPTURE;
			case PIN_PAD_VALUE: return PIN_PAD;
			case PRINTER_VALUE: return PRINTER;
			case BLUETOOTH_VALUE: return BLUETOOTH;
			case CELLULAR_VALUE: return CELLULAR;
			case WIFI_VALUE: return WIFI;
			case LOCATION_VALUE: return LOCATION;
			case REMOTE_WIPE_VALUE: return REMOTE_WIPE;
			case REMOTE_LOCK_VALUE: return REMOTE_LOCK;
			case FIRMWARE_UPDATE_VALUE: return FIRMWARE_UPDATE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Capability(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Capability
