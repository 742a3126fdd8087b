/**
 */
package io.posestate.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contact phone number with its latest known status (phone_status.csv).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.Phone#getNumber <em>Number</em>}</li>
 *   <li>{@link io.posestate.model.Phone#getStatus <em>Status</em>}</li>
 *   <li>{@link io.posestate.model.Phone#getSource <em>Source</em>}</li>
 *   <li>{@link io.posestate.model.Phone#getSince <em>Since</em>}</li>
 * </ul>
 *
 * @see io.posestate.model.EstatePackage#getPhone()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='NumberFormat'"
 * @generated
 */
public interface Phone extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see io.posestate.model.EstatePackage#getPhone_Number()
	 * @model id="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link io.posestate.model.Phone#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link io.posestate.model.PhoneStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.posestate.model.PhoneStatus
	 * @see #setStatus(PhoneStatus)
	 * @see io.posestate.model.EstatePackage#getPhone_Status()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	PhoneStatus getStatus();

	/**
	 * Sets the value of the '{@link io.posestate.model.Phone#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.posestate.model.PhoneStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PhoneStatus value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.model.PhoneSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see io.posestate.model.PhoneSource
	 * @see #setSource(PhoneSource)
	 * @see io.posestate.model.EstatePackage#getPhone_Source()
	 * @model
	 * @generated
	 */
	PhoneSource getSource();

	/**
	 * Sets the value of the '{@link io.posestate.model.Phone#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see io.posestate.model.PhoneSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(PhoneSource value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(LocalDate)
	 * @see io.posestate.model.EstatePackage#getPhone_Since()
	 * @model dataType="io.posestate.model.LocalDate"
	 * @generated
	 */
	LocalDate getSince();

	/**
	 * Sets the value of the '{@link io.posestate.model.Phone#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(LocalDate value);

} // Phone
