/**
 */
package io.posestate.lifecycle.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A second person's decision on a step; never the person who did the step or opened the case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.lifecycle.model.Approval#getRequestedBy <em>Requested By</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Approval#getApprover <em>Approver</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Approval#getDecision <em>Decision</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Approval#getTime <em>Time</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Approval#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see io.posestate.lifecycle.model.CasesPackage#getApproval()
 * @model
 * @generated
 */
public interface Approval extends EObject {
	/**
	 * Returns the value of the '<em><b>Requested By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requested By</em>' attribute.
	 * @see #setRequestedBy(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getApproval_RequestedBy()
	 * @model
	 * @generated
	 */
	String getRequestedBy();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Approval#getRequestedBy <em>Requested By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested By</em>' attribute.
	 * @see #getRequestedBy()
	 * @generated
	 */
	void setRequestedBy(String value);

	/**
	 * Returns the value of the '<em><b>Approver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approver</em>' attribute.
	 * @see #setApprover(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getApproval_Approver()
	 * @model
	 * @generated
	 */
	String getApprover();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Approval#getApprover <em>Approver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver</em>' attribute.
	 * @see #getApprover()
	 * @generated
	 */
	void setApprover(String value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.lifecycle.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see io.posestate.lifecycle.model.Decision
	 * @see #setDecision(Decision)
	 * @see io.posestate.lifecycle.model.CasesPackage#getApproval_Decision()
	 * @model
	 * @generated
	 */
	Decision getDecision();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Approval#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see io.posestate.lifecycle.model.Decision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(Decision value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Instant)
	 * @see io.posestate.lifecycle.model.CasesPackage#getApproval_Time()
	 * @model dataType="io.posestate.model.Instant"
	 * @generated
	 */
	Instant getTime();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Approval#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getApproval_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Approval#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // Approval
