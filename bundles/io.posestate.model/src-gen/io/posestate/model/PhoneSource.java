/**
 */
package io.posestate.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Phone Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.posestate.model.EstatePackage#getPhoneSource()
 * @model
 * @generated
 */
public enum PhoneSource implements Enumerator {
	/**
	 * The '<em><b>CARRIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARRIER_VALUE
	 * @generated
	 * @ordered
	 */
	CARRIER(0, "CARRIER", "CARRIER"),

	/**
	 * The '<em><b>SMS RECEIPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMS_RECEIPT_VALUE
	 * @generated
	 * @ordered
	 */
	SMS_RECEIPT(1, "SMS_RECEIPT", "SMS_RECEIPT"),

	/**
	 * The '<em><b>ANALYST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYST_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYST(2, "ANALYST", "ANALYST");

	/**
	 * The '<em><b>CARRIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARRIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CARRIER_VALUE = 0;

	/**
	 * The '<em><b>SMS RECEIPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMS_RECEIPT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMS_RECEIPT_VALUE = 1;

	/**
	 * The '<em><b>ANALYST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANALYST_VALUE = 2;

	/**
	 * An array of all the '<em><b>Phone Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PhoneSource[] VALUES_ARRAY =
		new PhoneSource[] {
			CARRIER,
			SMS_RECEIPT,
			ANALYST,
		};

	/**
	 * A public read-only list of all the '<em><b>Phone Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PhoneSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Phone Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhoneSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PhoneSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phone Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhoneSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PhoneSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phone Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhoneSource get(int value) {
		switch (value) {
			case CARRIER_VALUE: return CARRIER;
			case SMS_RECEIPT_VALUE: return SMS_RECEIPT;
			case ANALYST_VALUE: return ANALYST;
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
	private PhoneSource(int value, String name, String literal) {
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
	
} //PhoneSource
