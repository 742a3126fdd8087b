/**
 */
package io.posestate.lifecycle.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One case: which scenario, which terminal and merchant (by key), its status, who works on it and by when. The version counts changes (optimistic locking).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.lifecycle.model.Case#getId <em>Id</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getScenario <em>Scenario</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getTitle <em>Title</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getMerchantNo <em>Merchant No</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getStatus <em>Status</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getOpenedBy <em>Opened By</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getCause <em>Cause</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getReferenceCode <em>Reference Code</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getVersion <em>Version</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getSteps <em>Steps</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getValues <em>Values</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getMessages <em>Messages</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.Case#getTransactions <em>Transactions</em>}</li>
 * </ul>
 *
 * @see io.posestate.lifecycle.model.CasesPackage#getCase()
 * @model
 * @generated
 */
public interface Case extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Id()
	 * @model id="true"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.lifecycle.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' attribute.
	 * @see io.posestate.lifecycle.model.Scenario
	 * @see #setScenario(Scenario)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Scenario()
	 * @model
	 * @generated
	 */
	Scenario getScenario();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getScenario <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' attribute.
	 * @see io.posestate.lifecycle.model.Scenario
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(Scenario value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_SerialNumber()
	 * @model
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Merchant No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Merchant No</em>' attribute.
	 * @see #setMerchantNo(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_MerchantNo()
	 * @model
	 * @generated
	 */
	String getMerchantNo();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getMerchantNo <em>Merchant No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Merchant No</em>' attribute.
	 * @see #getMerchantNo()
	 * @generated
	 */
	void setMerchantNo(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.lifecycle.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.posestate.lifecycle.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Status()
	 * @model
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.posestate.lifecycle.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignee</em>' attribute.
	 * @see #setAssignee(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Assignee()
	 * @model
	 * @generated
	 */
	String getAssignee();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getAssignee <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' attribute.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(String value);

	/**
	 * Returns the value of the '<em><b>Opened By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened By</em>' attribute.
	 * @see #setOpenedBy(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_OpenedBy()
	 * @model
	 * @generated
	 */
	String getOpenedBy();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getOpenedBy <em>Opened By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened By</em>' attribute.
	 * @see #getOpenedBy()
	 * @generated
	 */
	void setOpenedBy(String value);

	/**
	 * Returns the value of the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened At</em>' attribute.
	 * @see #setOpenedAt(Instant)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_OpenedAt()
	 * @model dataType="io.posestate.model.Instant"
	 * @generated
	 */
	Instant getOpenedAt();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getOpenedAt <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened At</em>' attribute.
	 * @see #getOpenedAt()
	 * @generated
	 */
	void setOpenedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_DueDate()
	 * @model dataType="io.posestate.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the case exists, e.g. the stop-use cause (S2) or the cancelled phone (S1); one open case per scenario, subject and cause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see #setCause(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Cause()
	 * @model
	 * @generated
	 */
	String getCause();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(String value);

	/**
	 * Returns the value of the '<em><b>Reference Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code a merchant can check with the acquirer (S2 alerts).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Code</em>' attribute.
	 * @see #setReferenceCode(String)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_ReferenceCode()
	 * @model
	 * @generated
	 */
	String getReferenceCode();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getReferenceCode <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Code</em>' attribute.
	 * @see #getReferenceCode()
	 * @generated
	 */
	void setReferenceCode(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Flags()
	 * @model
	 * @generated
	 */
	EList<String> getFlags();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link io.posestate.lifecycle.model.Case#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.lifecycle.model.Step}.
	 * It is bidirectional and its opposite is '{@link io.posestate.lifecycle.model.Step#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Steps()
	 * @see io.posestate.lifecycle.model.Step#getCase
	 * @model opposite="case" containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.lifecycle.model.CaseValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<CaseValue> getValues();

	/**
	 * Returns the value of the '<em><b>Messages</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.lifecycle.model.Message}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Messages</em>' containment reference list.
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Messages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Message> getMessages();

	/**
	 * Returns the value of the '<em><b>Transactions</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.lifecycle.model.AffectedTransaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transactions</em>' containment reference list.
	 * @see io.posestate.lifecycle.model.CasesPackage#getCase_Transactions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AffectedTransaction> getTransactions();

} // Case
