/**
 */
package io.posestate.lifecycle.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Lifecycle cases of the five field scenarios (scenarios.md S1-S5): a case is an ordered sequence of steps, each with the evidence it requires, who did it and when, and the approvals of a second person where one is needed.
 * <!-- end-model-doc -->
 * @see io.posestate.lifecycle.model.CasesFactory
 * @model kind="package"
 * @generated
 */
public interface CasesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://posestate.io/cases/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cases";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CasesPackage eINSTANCE = io.posestate.lifecycle.model.impl.CasesPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.impl.CaseImpl
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getCase()
	 * @generated
	 */
	int CASE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ID = 0;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SCENARIO = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SERIAL_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Merchant No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MERCHANT_NO = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ASSIGNEE = 6;

	/**
	 * The feature id for the '<em><b>Opened By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__OPENED_BY = 7;

	/**
	 * The feature id for the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__OPENED_AT = 8;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DUE_DATE = 9;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CAUSE = 10;

	/**
	 * The feature id for the '<em><b>Reference Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__REFERENCE_CODE = 11;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__FLAGS = 12;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__VERSION = 13;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__STEPS = 14;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__VALUES = 15;

	/**
	 * The feature id for the '<em><b>Messages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MESSAGES = 16;

	/**
	 * The feature id for the '<em><b>Transactions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__TRANSACTIONS = 17;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.impl.StepImpl
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 1;

	/**
	 * The feature id for the '<em><b>Case</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__CASE = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KIND = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Required Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__REQUIRED_EVIDENCE = 4;

	/**
	 * The feature id for the '<em><b>Needs Approval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NEEDS_APPROVAL = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ACTOR = 7;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TIME = 8;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NOTE = 9;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__EVIDENCE = 10;

	/**
	 * The feature id for the '<em><b>Approvals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__APPROVALS = 11;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.impl.ApprovalImpl <em>Approval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.impl.ApprovalImpl
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getApproval()
	 * @generated
	 */
	int APPROVAL = 2;

	/**
	 * The feature id for the '<em><b>Requested By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__REQUESTED_BY = 0;

	/**
	 * The feature id for the '<em><b>Approver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__APPROVER = 1;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__DECISION = 2;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__TIME = 3;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__COMMENT = 4;

	/**
	 * The number of structural features of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.impl.CaseValueImpl <em>Case Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.impl.CaseValueImpl
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getCaseValue()
	 * @generated
	 */
	int CASE_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Case Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Case Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.impl.MessageImpl <em>Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.impl.MessageImpl
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getMessage()
	 * @generated
	 */
	int MESSAGE = 4;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__CHANNEL = 0;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__RECIPIENT = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__TIME = 4;

	/**
	 * The feature id for the '<em><b>Receipt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__RECEIPT = 5;

	/**
	 * The number of structural features of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.impl.AffectedTransactionImpl <em>Affected Transaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.impl.AffectedTransactionImpl
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getAffectedTransaction()
	 * @generated
	 */
	int AFFECTED_TRANSACTION = 5;

	/**
	 * The feature id for the '<em><b>Txn Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFFECTED_TRANSACTION__TXN_ID = 0;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFFECTED_TRANSACTION__SERIAL_NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFFECTED_TRANSACTION__TIME = 2;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFFECTED_TRANSACTION__AMOUNT = 3;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFFECTED_TRANSACTION__RESULT = 4;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFFECTED_TRANSACTION__CATEGORY = 5;

	/**
	 * The number of structural features of the '<em>Affected Transaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFFECTED_TRANSACTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Affected Transaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFFECTED_TRANSACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.Scenario <em>Scenario</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.Scenario
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 6;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.CaseStatus
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 7;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.StepStatus <em>Step Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.StepStatus
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getStepStatus()
	 * @generated
	 */
	int STEP_STATUS = 8;

	/**
	 * The meta object id for the '{@link io.posestate.lifecycle.model.Decision <em>Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.lifecycle.model.Decision
	 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 9;


	/**
	 * Returns the meta object for class '{@link io.posestate.lifecycle.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see io.posestate.lifecycle.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.posestate.lifecycle.model.Case#getId()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see io.posestate.lifecycle.model.Case#getScenario()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.posestate.lifecycle.model.Case#getTitle()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see io.posestate.lifecycle.model.Case#getSerialNumber()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getMerchantNo <em>Merchant No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Merchant No</em>'.
	 * @see io.posestate.lifecycle.model.Case#getMerchantNo()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_MerchantNo();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.posestate.lifecycle.model.Case#getStatus()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignee</em>'.
	 * @see io.posestate.lifecycle.model.Case#getAssignee()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Assignee();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getOpenedBy <em>Opened By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened By</em>'.
	 * @see io.posestate.lifecycle.model.Case#getOpenedBy()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_OpenedBy();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getOpenedAt <em>Opened At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened At</em>'.
	 * @see io.posestate.lifecycle.model.Case#getOpenedAt()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_OpenedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see io.posestate.lifecycle.model.Case#getDueDate()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see io.posestate.lifecycle.model.Case#getCause()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Cause();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getReferenceCode <em>Reference Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Code</em>'.
	 * @see io.posestate.lifecycle.model.Case#getReferenceCode()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_ReferenceCode();

	/**
	 * Returns the meta object for the attribute list '{@link io.posestate.lifecycle.model.Case#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see io.posestate.lifecycle.model.Case#getFlags()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Flags();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Case#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.posestate.lifecycle.model.Case#getVersion()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.lifecycle.model.Case#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see io.posestate.lifecycle.model.Case#getSteps()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.lifecycle.model.Case#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see io.posestate.lifecycle.model.Case#getValues()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Values();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.lifecycle.model.Case#getMessages <em>Messages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Messages</em>'.
	 * @see io.posestate.lifecycle.model.Case#getMessages()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Messages();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.lifecycle.model.Case#getTransactions <em>Transactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transactions</em>'.
	 * @see io.posestate.lifecycle.model.Case#getTransactions()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Transactions();

	/**
	 * Returns the meta object for class '{@link io.posestate.lifecycle.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see io.posestate.lifecycle.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the container reference '{@link io.posestate.lifecycle.model.Step#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Case</em>'.
	 * @see io.posestate.lifecycle.model.Step#getCase()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Case();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Step#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see io.posestate.lifecycle.model.Step#getNumber()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Number();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Step#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.posestate.lifecycle.model.Step#getKind()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Step#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.posestate.lifecycle.model.Step#getTitle()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Title();

	/**
	 * Returns the meta object for the attribute list '{@link io.posestate.lifecycle.model.Step#getRequiredEvidence <em>Required Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Evidence</em>'.
	 * @see io.posestate.lifecycle.model.Step#getRequiredEvidence()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_RequiredEvidence();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Step#isNeedsApproval <em>Needs Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Needs Approval</em>'.
	 * @see io.posestate.lifecycle.model.Step#isNeedsApproval()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_NeedsApproval();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Step#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.posestate.lifecycle.model.Step#getStatus()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Step#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see io.posestate.lifecycle.model.Step#getActor()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Actor();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Step#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.posestate.lifecycle.model.Step#getTime()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Step#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see io.posestate.lifecycle.model.Step#getNote()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.lifecycle.model.Step#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see io.posestate.lifecycle.model.Step#getEvidence()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Evidence();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.lifecycle.model.Step#getApprovals <em>Approvals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Approvals</em>'.
	 * @see io.posestate.lifecycle.model.Step#getApprovals()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Approvals();

	/**
	 * Returns the meta object for class '{@link io.posestate.lifecycle.model.Approval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval</em>'.
	 * @see io.posestate.lifecycle.model.Approval
	 * @generated
	 */
	EClass getApproval();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Approval#getRequestedBy <em>Requested By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requested By</em>'.
	 * @see io.posestate.lifecycle.model.Approval#getRequestedBy()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_RequestedBy();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Approval#getApprover <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approver</em>'.
	 * @see io.posestate.lifecycle.model.Approval#getApprover()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Approver();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Approval#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see io.posestate.lifecycle.model.Approval#getDecision()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Decision();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Approval#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.posestate.lifecycle.model.Approval#getTime()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Approval#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see io.posestate.lifecycle.model.Approval#getComment()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Comment();

	/**
	 * Returns the meta object for class '{@link io.posestate.lifecycle.model.CaseValue <em>Case Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Value</em>'.
	 * @see io.posestate.lifecycle.model.CaseValue
	 * @generated
	 */
	EClass getCaseValue();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.CaseValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.posestate.lifecycle.model.CaseValue#getName()
	 * @see #getCaseValue()
	 * @generated
	 */
	EAttribute getCaseValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.CaseValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.posestate.lifecycle.model.CaseValue#getValue()
	 * @see #getCaseValue()
	 * @generated
	 */
	EAttribute getCaseValue_Value();

	/**
	 * Returns the meta object for class '{@link io.posestate.lifecycle.model.Message <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Message</em>'.
	 * @see io.posestate.lifecycle.model.Message
	 * @generated
	 */
	EClass getMessage();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Message#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see io.posestate.lifecycle.model.Message#getChannel()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Channel();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Message#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient</em>'.
	 * @see io.posestate.lifecycle.model.Message#getRecipient()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Message#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.posestate.lifecycle.model.Message#getText()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Text();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Message#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.posestate.lifecycle.model.Message#getStatus()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Message#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.posestate.lifecycle.model.Message#getTime()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.Message#getReceipt <em>Receipt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receipt</em>'.
	 * @see io.posestate.lifecycle.model.Message#getReceipt()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Receipt();

	/**
	 * Returns the meta object for class '{@link io.posestate.lifecycle.model.AffectedTransaction <em>Affected Transaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Affected Transaction</em>'.
	 * @see io.posestate.lifecycle.model.AffectedTransaction
	 * @generated
	 */
	EClass getAffectedTransaction();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.AffectedTransaction#getTxnId <em>Txn Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Txn Id</em>'.
	 * @see io.posestate.lifecycle.model.AffectedTransaction#getTxnId()
	 * @see #getAffectedTransaction()
	 * @generated
	 */
	EAttribute getAffectedTransaction_TxnId();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.AffectedTransaction#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see io.posestate.lifecycle.model.AffectedTransaction#getSerialNumber()
	 * @see #getAffectedTransaction()
	 * @generated
	 */
	EAttribute getAffectedTransaction_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.AffectedTransaction#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.posestate.lifecycle.model.AffectedTransaction#getTime()
	 * @see #getAffectedTransaction()
	 * @generated
	 */
	EAttribute getAffectedTransaction_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.AffectedTransaction#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see io.posestate.lifecycle.model.AffectedTransaction#getAmount()
	 * @see #getAffectedTransaction()
	 * @generated
	 */
	EAttribute getAffectedTransaction_Amount();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.AffectedTransaction#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see io.posestate.lifecycle.model.AffectedTransaction#getResult()
	 * @see #getAffectedTransaction()
	 * @generated
	 */
	EAttribute getAffectedTransaction_Result();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.lifecycle.model.AffectedTransaction#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see io.posestate.lifecycle.model.AffectedTransaction#getCategory()
	 * @see #getAffectedTransaction()
	 * @generated
	 */
	EAttribute getAffectedTransaction_Category();

	/**
	 * Returns the meta object for enum '{@link io.posestate.lifecycle.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scenario</em>'.
	 * @see io.posestate.lifecycle.model.Scenario
	 * @generated
	 */
	EEnum getScenario();

	/**
	 * Returns the meta object for enum '{@link io.posestate.lifecycle.model.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Status</em>'.
	 * @see io.posestate.lifecycle.model.CaseStatus
	 * @generated
	 */
	EEnum getCaseStatus();

	/**
	 * Returns the meta object for enum '{@link io.posestate.lifecycle.model.StepStatus <em>Step Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Status</em>'.
	 * @see io.posestate.lifecycle.model.StepStatus
	 * @generated
	 */
	EEnum getStepStatus();

	/**
	 * Returns the meta object for enum '{@link io.posestate.lifecycle.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision</em>'.
	 * @see io.posestate.lifecycle.model.Decision
	 * @generated
	 */
	EEnum getDecision();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CasesFactory getCasesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.impl.CaseImpl
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__ID = eINSTANCE.getCase_Id();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__SCENARIO = eINSTANCE.getCase_Scenario();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__TITLE = eINSTANCE.getCase_Title();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__SERIAL_NUMBER = eINSTANCE.getCase_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Merchant No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__MERCHANT_NO = eINSTANCE.getCase_MerchantNo();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__STATUS = eINSTANCE.getCase_Status();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__ASSIGNEE = eINSTANCE.getCase_Assignee();

		/**
		 * The meta object literal for the '<em><b>Opened By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__OPENED_BY = eINSTANCE.getCase_OpenedBy();

		/**
		 * The meta object literal for the '<em><b>Opened At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__OPENED_AT = eINSTANCE.getCase_OpenedAt();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__DUE_DATE = eINSTANCE.getCase_DueDate();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__CAUSE = eINSTANCE.getCase_Cause();

		/**
		 * The meta object literal for the '<em><b>Reference Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__REFERENCE_CODE = eINSTANCE.getCase_ReferenceCode();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__FLAGS = eINSTANCE.getCase_Flags();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__VERSION = eINSTANCE.getCase_Version();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__STEPS = eINSTANCE.getCase_Steps();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__VALUES = eINSTANCE.getCase_Values();

		/**
		 * The meta object literal for the '<em><b>Messages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__MESSAGES = eINSTANCE.getCase_Messages();

		/**
		 * The meta object literal for the '<em><b>Transactions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__TRANSACTIONS = eINSTANCE.getCase_Transactions();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.impl.StepImpl
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Case</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__CASE = eINSTANCE.getStep_Case();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NUMBER = eINSTANCE.getStep_Number();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KIND = eINSTANCE.getStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TITLE = eINSTANCE.getStep_Title();

		/**
		 * The meta object literal for the '<em><b>Required Evidence</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__REQUIRED_EVIDENCE = eINSTANCE.getStep_RequiredEvidence();

		/**
		 * The meta object literal for the '<em><b>Needs Approval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NEEDS_APPROVAL = eINSTANCE.getStep_NeedsApproval();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__STATUS = eINSTANCE.getStep_Status();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ACTOR = eINSTANCE.getStep_Actor();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TIME = eINSTANCE.getStep_Time();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NOTE = eINSTANCE.getStep_Note();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__EVIDENCE = eINSTANCE.getStep_Evidence();

		/**
		 * The meta object literal for the '<em><b>Approvals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__APPROVALS = eINSTANCE.getStep_Approvals();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.impl.ApprovalImpl <em>Approval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.impl.ApprovalImpl
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getApproval()
		 * @generated
		 */
		EClass APPROVAL = eINSTANCE.getApproval();

		/**
		 * The meta object literal for the '<em><b>Requested By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__REQUESTED_BY = eINSTANCE.getApproval_RequestedBy();

		/**
		 * The meta object literal for the '<em><b>Approver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__APPROVER = eINSTANCE.getApproval_Approver();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__DECISION = eINSTANCE.getApproval_Decision();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__TIME = eINSTANCE.getApproval_Time();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__COMMENT = eINSTANCE.getApproval_Comment();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.impl.CaseValueImpl <em>Case Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.impl.CaseValueImpl
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getCaseValue()
		 * @generated
		 */
		EClass CASE_VALUE = eINSTANCE.getCaseValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_VALUE__NAME = eINSTANCE.getCaseValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_VALUE__VALUE = eINSTANCE.getCaseValue_Value();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.impl.MessageImpl <em>Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.impl.MessageImpl
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getMessage()
		 * @generated
		 */
		EClass MESSAGE = eINSTANCE.getMessage();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__CHANNEL = eINSTANCE.getMessage_Channel();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__RECIPIENT = eINSTANCE.getMessage_Recipient();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__TEXT = eINSTANCE.getMessage_Text();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__STATUS = eINSTANCE.getMessage_Status();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__TIME = eINSTANCE.getMessage_Time();

		/**
		 * The meta object literal for the '<em><b>Receipt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__RECEIPT = eINSTANCE.getMessage_Receipt();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.impl.AffectedTransactionImpl <em>Affected Transaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.impl.AffectedTransactionImpl
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getAffectedTransaction()
		 * @generated
		 */
		EClass AFFECTED_TRANSACTION = eINSTANCE.getAffectedTransaction();

		/**
		 * The meta object literal for the '<em><b>Txn Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AFFECTED_TRANSACTION__TXN_ID = eINSTANCE.getAffectedTransaction_TxnId();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AFFECTED_TRANSACTION__SERIAL_NUMBER = eINSTANCE.getAffectedTransaction_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AFFECTED_TRANSACTION__TIME = eINSTANCE.getAffectedTransaction_Time();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AFFECTED_TRANSACTION__AMOUNT = eINSTANCE.getAffectedTransaction_Amount();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AFFECTED_TRANSACTION__RESULT = eINSTANCE.getAffectedTransaction_Result();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AFFECTED_TRANSACTION__CATEGORY = eINSTANCE.getAffectedTransaction_Category();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.Scenario <em>Scenario</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.Scenario
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getScenario()
		 * @generated
		 */
		EEnum SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.CaseStatus <em>Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.CaseStatus
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getCaseStatus()
		 * @generated
		 */
		EEnum CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.StepStatus <em>Step Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.StepStatus
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getStepStatus()
		 * @generated
		 */
		EEnum STEP_STATUS = eINSTANCE.getStepStatus();

		/**
		 * The meta object literal for the '{@link io.posestate.lifecycle.model.Decision <em>Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.lifecycle.model.Decision
		 * @see io.posestate.lifecycle.model.impl.CasesPackageImpl#getDecision()
		 * @generated
		 */
		EEnum DECISION = eINSTANCE.getDecision();

	}

} //CasesPackage
