/**
 */
package io.posestate.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Acquirer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An acquiring institution merchants settle through (licensed_acquirers.csv).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.Acquirer#getCode <em>Code</em>}</li>
 *   <li>{@link io.posestate.model.Acquirer#getName <em>Name</em>}</li>
 *   <li>{@link io.posestate.model.Acquirer#getLicenseNo <em>License No</em>}</li>
 *   <li>{@link io.posestate.model.Acquirer#isLicensed <em>Licensed</em>}</li>
 * </ul>
 *
 * @see io.posestate.model.EstatePackage#getAcquirer()
 * @model
 * @generated
 */
public interface Acquirer extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see io.posestate.model.EstatePackage#getAcquirer_Code()
	 * @model id="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link io.posestate.model.Acquirer#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.posestate.model.EstatePackage#getAcquirer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.posestate.model.Acquirer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>License No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>License No</em>' attribute.
	 * @see #setLicenseNo(String)
	 * @see io.posestate.model.EstatePackage#getAcquirer_LicenseNo()
	 * @model
	 * @generated
	 */
	String getLicenseNo();

	/**
	 * Sets the value of the '{@link io.posestate.model.Acquirer#getLicenseNo <em>License No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>License No</em>' attribute.
	 * @see #getLicenseNo()
	 * @generated
	 */
	void setLicenseNo(String value);

	/**
	 * Returns the value of the '<em><b>Licensed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licensed</em>' attribute.
	 * @see #setLicensed(boolean)
	 * @see io.posestate.model.EstatePackage#getAcquirer_Licensed()
	 * @model
	 * @generated
	 */
	boolean isLicensed();

	/**
	 * Sets the value of the '{@link io.posestate.model.Acquirer#isLicensed <em>Licensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licensed</em>' attribute.
	 * @see #isLicensed()
	 * @generated
	 */
	void setLicensed(boolean value);

} // Acquirer
