/**
 */
package io.posestate.lifecycle.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Affected Transaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A transaction a case concerns: caught in an outage (S4 triage category) or missing or duplicating a signature (S5).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.lifecycle.model.AffectedTransaction#getTxnId <em>Txn Id</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.AffectedTransaction#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.AffectedTransaction#getTime <em>Time</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.AffectedTransaction#getAmount <em>Amount</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.AffectedTransaction#getResult <em>Result</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.AffectedTransaction#getCategory <em>Category</em>}</li>
 * </ul>
 *
 * @see io.posestate.lifecycle.model.CasesPackage#getAffectedTransaction()
 * @model
 * @generated
 */
public interface AffectedTransaction extends EObject {
	/**
	 * Returns the value of the '<em><b>Txn Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Txn Id</em>' attribute.
	 * @see #setTxnId(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getAffectedTransaction_TxnId()
	 * @model
	 * @generated
	 */
	String getTxnId();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.AffectedTransaction#getTxnId <em>Txn Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Txn Id</em>' attribute.
	 * @see #getTxnId()
	 * @generated
	 */
	void setTxnId(String value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getAffectedTransaction_SerialNumber()
	 * @model
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.AffectedTransaction#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Instant)
	 * @see io.posestate.lifecycle.model.CasesPackage#getAffectedTransaction_Time()
	 * @model dataType="io.posestate.model.Instant"
	 * @generated
	 */
	Instant getTime();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.AffectedTransaction#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getAffectedTransaction_Amount()
	 * @model
	 * @generated
	 */
	String getAmount();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.AffectedTransaction#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(String value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see #setResult(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getAffectedTransaction_Result()
	 * @model
	 * @generated
	 */
	String getResult();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.AffectedTransaction#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getAffectedTransaction_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.AffectedTransaction#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

} // AffectedTransaction
