/**
 */
package io.posestate.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Estate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of an estate: owns every acquirer, merchant, phone, terminal model and terminal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.Estate#getName <em>Name</em>}</li>
 *   <li>{@link io.posestate.model.Estate#getAcquirers <em>Acquirers</em>}</li>
 *   <li>{@link io.posestate.model.Estate#getMerchants <em>Merchants</em>}</li>
 *   <li>{@link io.posestate.model.Estate#getTerminalModels <em>Terminal Models</em>}</li>
 *   <li>{@link io.posestate.model.Estate#getTerminals <em>Terminals</em>}</li>
 *   <li>{@link io.posestate.model.Estate#getPhones <em>Phones</em>}</li>
 * </ul>
 *
 * @see io.posestate.model.EstatePackage#getEstate()
 * @model
 * @generated
 */
public interface Estate extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.posestate.model.EstatePackage#getEstate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.posestate.model.Estate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Acquirers</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.model.Acquirer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acquirers</em>' containment reference list.
	 * @see io.posestate.model.EstatePackage#getEstate_Acquirers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Acquirer> getAcquirers();

	/**
	 * Returns the value of the '<em><b>Merchants</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.model.Merchant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Merchants</em>' containment reference list.
	 * @see io.posestate.model.EstatePackage#getEstate_Merchants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Merchant> getMerchants();

	/**
	 * Returns the value of the '<em><b>Terminal Models</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.model.TerminalModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terminal Models</em>' containment reference list.
	 * @see io.posestate.model.EstatePackage#getEstate_TerminalModels()
	 * @model containment="true"
	 * @generated
	 */
	EList<TerminalModel> getTerminalModels();

	/**
	 * Returns the value of the '<em><b>Terminals</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.model.Terminal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terminals</em>' containment reference list.
	 * @see io.posestate.model.EstatePackage#getEstate_Terminals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Terminal> getTerminals();

	/**
	 * Returns the value of the '<em><b>Phones</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.model.Phone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phones</em>' containment reference list.
	 * @see io.posestate.model.EstatePackage#getEstate_Phones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phone> getPhones();

} // Estate
