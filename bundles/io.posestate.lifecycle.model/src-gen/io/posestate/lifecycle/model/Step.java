/**
 */
package io.posestate.lifecycle.model;

import io.posestate.model.Evidence;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a case, done in order: the evidence kinds it requires, whether a second person must approve it, its status, who did it and when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.lifecycle.model.Step#getCase <em>Case</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getNumber <em>Number</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getKind <em>Kind</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getTitle <em>Title</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getRequiredEvidence <em>Required Evidence</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#isNeedsApproval <em>Needs Approval</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getStatus <em>Status</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getActor <em>Actor</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getTime <em>Time</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getNote <em>Note</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Step#getApprovals <em>Approvals</em>}</li>
 * </ul>
 *
 * @see io.posestate.lifecycle.model.CasesPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends EObject {
	/**
	 * Returns the value of the '<em><b>Case</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.posestate.lifecycle.model.Case#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case</em>' container reference.
	 * @see #setCase(Case)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Case()
	 * @see io.posestate.lifecycle.model.Case#getSteps
	 * @model opposite="steps"
	 * @generated
	 */
	Case getCase();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#getCase <em>Case</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case</em>' container reference.
	 * @see #getCase()
	 * @generated
	 */
	void setCase(Case value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Required Evidence</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Evidence</em>' attribute list.
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_RequiredEvidence()
	 * @model
	 * @generated
	 */
	EList<String> getRequiredEvidence();

	/**
	 * Returns the value of the '<em><b>Needs Approval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs Approval</em>' attribute.
	 * @see #setNeedsApproval(boolean)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_NeedsApproval()
	 * @model
	 * @generated
	 */
	boolean isNeedsApproval();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#isNeedsApproval <em>Needs Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needs Approval</em>' attribute.
	 * @see #isNeedsApproval()
	 * @generated
	 */
	void setNeedsApproval(boolean value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.lifecycle.model.StepStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.posestate.lifecycle.model.StepStatus
	 * @see #setStatus(StepStatus)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Status()
	 * @model
	 * @generated
	 */
	StepStatus getStatus();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.posestate.lifecycle.model.StepStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StepStatus value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Actor()
	 * @model
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Instant)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Time()
	 * @model dataType="io.posestate.model.Instant"
	 * @generated
	 */
	Instant getTime();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Step#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Approvals</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.lifecycle.model.Approval}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approvals</em>' containment reference list.
	 * @see io.posestate.lifecycle.model.CasesPackage#getStep_Approvals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Approval> getApprovals();

} // Step
