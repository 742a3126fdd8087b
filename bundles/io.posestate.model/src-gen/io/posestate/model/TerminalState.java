/**
 */
package io.posestate.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Terminal State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.posestate.model.EstatePackage#getTerminalState()
 * @model
 * @generated
 */
public enum TerminalState implements Enumerator {
	/**
	 * The '<em><b>IN STOCK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_STOCK_VALUE
	 * @generated
	 * @ordered
	 */
	IN_STOCK(0, "IN_STOCK", "IN_STOCK"),

	/**
	 * The '<em><b>SHIPPED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHIPPED_VALUE
	 * @generated
	 * @ordered
	 */
	SHIPPED(1, "SHIPPED", "SHIPPED"),

	/**
	 * The '<em><b>ACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVE(2, "ACTIVE", "ACTIVE"),

	/**
	 * The '<em><b>SUSPENDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDED_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPENDED(3, "SUSPENDED", "SUSPENDED"),

	/**
	 * The '<em><b>IN REPAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_REPAIR_VALUE
	 * @generated
	 * @ordered
	 */
	IN_REPAIR(4, "IN_REPAIR", "IN_REPAIR"),

	/**
	 * The '<em><b>DEACTIVATION REQUESTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEACTIVATION_REQUESTED_VALUE
	 * @generated
	 * @ordered
	 */
	DEACTIVATION_REQUESTED(5, "DEACTIVATION_REQUESTED", "DEACTIVATION_REQUESTED"),

	/**
	 * The '<em><b>RETURNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURNED_VALUE
	 * @generated
	 * @ordered
	 */
	RETURNED(6, "RETURNED", "RETURNED"),

	/**
	 * The '<em><b>DECOMMISSIONED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECOMMISSIONED_VALUE
	 * @generated
	 * @ordered
	 */
	DECOMMISSIONED(7, "DECOMMISSIONED", "DECOMMISSIONED");

	/**
	 * The '<em><b>IN STOCK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_STOCK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_STOCK_VALUE = 0;

	/**
	 * The '<em><b>SHIPPED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHIPPED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHIPPED_VALUE = 1;

	/**
	 * The '<em><b>ACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVE_VALUE = 2;

	/**
	 * The '<em><b>SUSPENDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUSPENDED_VALUE = 3;

	/**
	 * The '<em><b>IN REPAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_REPAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_REPAIR_VALUE = 4;

	/**
	 * The '<em><b>DEACTIVATION REQUESTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEACTIVATION_REQUESTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEACTIVATION_REQUESTED_VALUE = 5;

	/**
	 * The '<em><b>RETURNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETURNED_VALUE = 6;

	/**
	 * The '<em><b>DECOMMISSIONED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECOMMISSIONED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECOMMISSIONED_VALUE = 7;

	/**
	 * An array of all the '<em><b>Terminal State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TerminalState[] VALUES_ARRAY =
		new TerminalState[] {
			IN_STOCK,
			SHIPPED,
			ACTIVE,
			SUSPENDED,
			IN_REPAIR,
			DEACTIVATION_REQUESTED,
			RETURNED,
			DECOMMISSIONED,
		};

	/**
	 * A public read-only list of all the '<em><b>Terminal State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TerminalState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Terminal State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerminalState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TerminalState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Terminal State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerminalState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TerminalState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Terminal State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TerminalState get(int value) {
		switch (value) {
			case IN_STOCK_VALUE: return IN_STOCK;
			case SHIPPED_VALUE: return SHIPPED;
			case ACTIVE_VALUE: return ACTIVE;
			case SUSPENDED_VALUE: return SUSPENDED;
			case IN_REPAIR_VALUE: return IN_REPAIR;
			case DEACTIVATION_REQUESTED_VALUE: return DEACTIVATION_REQUESTED;
			case RETURNED_VALUE: return RETURNED;
			case DECOMMISSIONED_VALUE: return DECOMMISSIONED;
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
	private TerminalState(int value, String name, String literal) {
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
	
} //TerminalState
