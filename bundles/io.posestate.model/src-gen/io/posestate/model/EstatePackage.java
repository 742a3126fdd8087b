/**
 */
package io.posestate.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * The estate of POS terminals an acquirer operates: acquirers, merchants, their contact phones, terminal models and terminals with their lifecycle history. Literal names follow the interchange formats (formats.md).
 * <!-- end-model-doc -->
 * @see io.posestate.model.EstateFactory
 * @model kind="package"
 * @generated
 */
public interface EstatePackage extends EPackage {
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
	String eNS_URI = "http://posestate.io/estate/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "estate";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EstatePackage eINSTANCE = io.posestate.model.impl.EstatePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.posestate.model.impl.EstateImpl <em>Estate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.impl.EstateImpl
	 * @see io.posestate.model.impl.EstatePackageImpl#getEstate()
	 * @generated
	 */
	int ESTATE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Acquirers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__ACQUIRERS = 1;

	/**
	 * The feature id for the '<em><b>Merchants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__MERCHANTS = 2;

	/**
	 * The feature id for the '<em><b>Terminal Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__TERMINAL_MODELS = 3;

	/**
	 * The feature id for the '<em><b>Terminals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__TERMINALS = 4;

	/**
	 * The feature id for the '<em><b>Phones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE__PHONES = 5;

	/**
	 * The number of structural features of the '<em>Estate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Estate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.model.impl.AcquirerImpl <em>Acquirer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.impl.AcquirerImpl
	 * @see io.posestate.model.impl.EstatePackageImpl#getAcquirer()
	 * @generated
	 */
	int ACQUIRER = 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRER__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRER__NAME = 1;

	/**
	 * The feature id for the '<em><b>License No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRER__LICENSE_NO = 2;

	/**
	 * The feature id for the '<em><b>Licensed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRER__LICENSED = 3;

	/**
	 * The number of structural features of the '<em>Acquirer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Acquirer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACQUIRER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.model.impl.MerchantImpl <em>Merchant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.impl.MerchantImpl
	 * @see io.posestate.model.impl.EstatePackageImpl#getMerchant()
	 * @generated
	 */
	int MERCHANT = 2;

	/**
	 * The feature id for the '<em><b>Merchant No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__MERCHANT_NO = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Mcc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__MCC = 2;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__REGION = 3;

	/**
	 * The feature id for the '<em><b>Acquirer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__ACQUIRER = 4;

	/**
	 * The feature id for the '<em><b>Acquirer Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__ACQUIRER_CODE = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Settlement Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__SETTLEMENT_ACCOUNT = 7;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__ADDRESS = 8;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__EMAIL = 9;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__PHONE = 10;

	/**
	 * The feature id for the '<em><b>Backup Phone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__BACKUP_PHONE = 11;

	/**
	 * The feature id for the '<em><b>Institution Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__INSTITUTION_CODE = 12;

	/**
	 * The feature id for the '<em><b>Number Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__NUMBER_REGION = 13;

	/**
	 * The feature id for the '<em><b>Number Mcc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT__NUMBER_MCC = 14;

	/**
	 * The number of structural features of the '<em>Merchant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT_FEATURE_COUNT = 15;

	/**
	 * The operation id for the '<em>Has Backup Contact</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT___HAS_BACKUP_CONTACT = 0;

	/**
	 * The number of operations of the '<em>Merchant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERCHANT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.posestate.model.impl.PhoneImpl <em>Phone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.impl.PhoneImpl
	 * @see io.posestate.model.impl.EstatePackageImpl#getPhone()
	 * @generated
	 */
	int PHONE = 3;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__SINCE = 3;

	/**
	 * The number of structural features of the '<em>Phone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Phone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.model.impl.TerminalModelImpl <em>Terminal Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.impl.TerminalModelImpl
	 * @see io.posestate.model.impl.EstatePackageImpl#getTerminalModel()
	 * @generated
	 */
	int TERMINAL_MODEL = 4;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_MODEL__VENDOR = 0;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_MODEL__MODEL = 1;

	/**
	 * The feature id for the '<em><b>Capabilities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_MODEL__CAPABILITIES = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_MODEL__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Terminal Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_MODEL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Terminal Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.model.impl.TerminalImpl <em>Terminal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.impl.TerminalImpl
	 * @see io.posestate.model.impl.EstatePackageImpl#getTerminal()
	 * @generated
	 */
	int TERMINAL = 5;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__SERIAL_NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__VENDOR = 1;

	/**
	 * The feature id for the '<em><b>Model Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__MODEL_NAME = 2;

	/**
	 * The feature id for the '<em><b>Terminal Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__TERMINAL_MODEL = 3;

	/**
	 * The feature id for the '<em><b>Connection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__CONNECTION = 4;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__FIRMWARE = 5;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__STATE = 6;

	/**
	 * The feature id for the '<em><b>Merchant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__MERCHANT = 7;

	/**
	 * The feature id for the '<em><b>Merchant No</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__MERCHANT_NO = 8;

	/**
	 * The feature id for the '<em><b>Deployed Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__DEPLOYED_REGION = 9;

	/**
	 * The feature id for the '<em><b>Activated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__ACTIVATED_AT = 10;

	/**
	 * The feature id for the '<em><b>Bound Phone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__BOUND_PHONE = 11;

	/**
	 * The feature id for the '<em><b>History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__HISTORY = 12;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__REPLACES = 13;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL__REPLACED_BY = 14;

	/**
	 * The number of structural features of the '<em>Terminal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Terminal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.model.impl.LifecycleEventImpl <em>Lifecycle Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.impl.LifecycleEventImpl
	 * @see io.posestate.model.impl.EstatePackageImpl#getLifecycleEvent()
	 * @generated
	 */
	int LIFECYCLE_EVENT = 6;

	/**
	 * The feature id for the '<em><b>From State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_EVENT__FROM_STATE = 0;

	/**
	 * The feature id for the '<em><b>To State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_EVENT__TO_STATE = 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_EVENT__TIME = 2;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_EVENT__ACTOR = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_EVENT__REASON = 4;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_EVENT__EVIDENCE = 5;

	/**
	 * The number of structural features of the '<em>Lifecycle Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_EVENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Lifecycle Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFECYCLE_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.impl.EvidenceImpl
	 * @see io.posestate.model.impl.EstatePackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__REFERENCE = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SHA256 = 2;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.posestate.model.MerchantStatus <em>Merchant Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.MerchantStatus
	 * @see io.posestate.model.impl.EstatePackageImpl#getMerchantStatus()
	 * @generated
	 */
	int MERCHANT_STATUS = 8;

	/**
	 * The meta object id for the '{@link io.posestate.model.PhoneStatus <em>Phone Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.PhoneStatus
	 * @see io.posestate.model.impl.EstatePackageImpl#getPhoneStatus()
	 * @generated
	 */
	int PHONE_STATUS = 9;

	/**
	 * The meta object id for the '{@link io.posestate.model.PhoneSource <em>Phone Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.PhoneSource
	 * @see io.posestate.model.impl.EstatePackageImpl#getPhoneSource()
	 * @generated
	 */
	int PHONE_SOURCE = 10;

	/**
	 * The meta object id for the '{@link io.posestate.model.Capability <em>Capability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.Capability
	 * @see io.posestate.model.impl.EstatePackageImpl#getCapability()
	 * @generated
	 */
	int CAPABILITY = 11;

	/**
	 * The meta object id for the '{@link io.posestate.model.ConnectionType <em>Connection Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.ConnectionType
	 * @see io.posestate.model.impl.EstatePackageImpl#getConnectionType()
	 * @generated
	 */
	int CONNECTION_TYPE = 12;

	/**
	 * The meta object id for the '{@link io.posestate.model.TerminalState <em>Terminal State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.posestate.model.TerminalState
	 * @see io.posestate.model.impl.EstatePackageImpl#getTerminalState()
	 * @generated
	 */
	int TERMINAL_STATE = 13;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see io.posestate.model.impl.EstatePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 14;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see io.posestate.model.impl.EstatePackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 15;


	/**
	 * Returns the meta object for class '{@link io.posestate.model.Estate <em>Estate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Estate</em>'.
	 * @see io.posestate.model.Estate
	 * @generated
	 */
	EClass getEstate();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Estate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.posestate.model.Estate#getName()
	 * @see #getEstate()
	 * @generated
	 */
	EAttribute getEstate_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.model.Estate#getAcquirers <em>Acquirers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Acquirers</em>'.
	 * @see io.posestate.model.Estate#getAcquirers()
	 * @see #getEstate()
	 * @generated
	 */
	EReference getEstate_Acquirers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.model.Estate#getMerchants <em>Merchants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Merchants</em>'.
	 * @see io.posestate.model.Estate#getMerchants()
	 * @see #getEstate()
	 * @generated
	 */
	EReference getEstate_Merchants();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.model.Estate#getTerminalModels <em>Terminal Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terminal Models</em>'.
	 * @see io.posestate.model.Estate#getTerminalModels()
	 * @see #getEstate()
	 * @generated
	 */
	EReference getEstate_TerminalModels();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.model.Estate#getTerminals <em>Terminals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terminals</em>'.
	 * @see io.posestate.model.Estate#getTerminals()
	 * @see #getEstate()
	 * @generated
	 */
	EReference getEstate_Terminals();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.model.Estate#getPhones <em>Phones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phones</em>'.
	 * @see io.posestate.model.Estate#getPhones()
	 * @see #getEstate()
	 * @generated
	 */
	EReference getEstate_Phones();

	/**
	 * Returns the meta object for class '{@link io.posestate.model.Acquirer <em>Acquirer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Acquirer</em>'.
	 * @see io.posestate.model.Acquirer
	 * @generated
	 */
	EClass getAcquirer();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Acquirer#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see io.posestate.model.Acquirer#getCode()
	 * @see #getAcquirer()
	 * @generated
	 */
	EAttribute getAcquirer_Code();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Acquirer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.posestate.model.Acquirer#getName()
	 * @see #getAcquirer()
	 * @generated
	 */
	EAttribute getAcquirer_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Acquirer#getLicenseNo <em>License No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>License No</em>'.
	 * @see io.posestate.model.Acquirer#getLicenseNo()
	 * @see #getAcquirer()
	 * @generated
	 */
	EAttribute getAcquirer_LicenseNo();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Acquirer#isLicensed <em>Licensed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licensed</em>'.
	 * @see io.posestate.model.Acquirer#isLicensed()
	 * @see #getAcquirer()
	 * @generated
	 */
	EAttribute getAcquirer_Licensed();

	/**
	 * Returns the meta object for class '{@link io.posestate.model.Merchant <em>Merchant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Merchant</em>'.
	 * @see io.posestate.model.Merchant
	 * @generated
	 */
	EClass getMerchant();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getMerchantNo <em>Merchant No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Merchant No</em>'.
	 * @see io.posestate.model.Merchant#getMerchantNo()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_MerchantNo();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.posestate.model.Merchant#getName()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getMcc <em>Mcc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mcc</em>'.
	 * @see io.posestate.model.Merchant#getMcc()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_Mcc();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see io.posestate.model.Merchant#getRegion()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_Region();

	/**
	 * Returns the meta object for the reference '{@link io.posestate.model.Merchant#getAcquirer <em>Acquirer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Acquirer</em>'.
	 * @see io.posestate.model.Merchant#getAcquirer()
	 * @see #getMerchant()
	 * @generated
	 */
	EReference getMerchant_Acquirer();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getAcquirerCode <em>Acquirer Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acquirer Code</em>'.
	 * @see io.posestate.model.Merchant#getAcquirerCode()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_AcquirerCode();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.posestate.model.Merchant#getStatus()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getSettlementAccount <em>Settlement Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Settlement Account</em>'.
	 * @see io.posestate.model.Merchant#getSettlementAccount()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_SettlementAccount();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.posestate.model.Merchant#getAddress()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see io.posestate.model.Merchant#getEmail()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_Email();

	/**
	 * Returns the meta object for the reference '{@link io.posestate.model.Merchant#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Phone</em>'.
	 * @see io.posestate.model.Merchant#getPhone()
	 * @see #getMerchant()
	 * @generated
	 */
	EReference getMerchant_Phone();

	/**
	 * Returns the meta object for the reference '{@link io.posestate.model.Merchant#getBackupPhone <em>Backup Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Backup Phone</em>'.
	 * @see io.posestate.model.Merchant#getBackupPhone()
	 * @see #getMerchant()
	 * @generated
	 */
	EReference getMerchant_BackupPhone();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getInstitutionCode <em>Institution Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Institution Code</em>'.
	 * @see io.posestate.model.Merchant#getInstitutionCode()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_InstitutionCode();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getNumberRegion <em>Number Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Region</em>'.
	 * @see io.posestate.model.Merchant#getNumberRegion()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_NumberRegion();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Merchant#getNumberMcc <em>Number Mcc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Mcc</em>'.
	 * @see io.posestate.model.Merchant#getNumberMcc()
	 * @see #getMerchant()
	 * @generated
	 */
	EAttribute getMerchant_NumberMcc();

	/**
	 * Returns the meta object for the '{@link io.posestate.model.Merchant#hasBackupContact() <em>Has Backup Contact</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Backup Contact</em>' operation.
	 * @see io.posestate.model.Merchant#hasBackupContact()
	 * @generated
	 */
	EOperation getMerchant__HasBackupContact();

	/**
	 * Returns the meta object for class '{@link io.posestate.model.Phone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phone</em>'.
	 * @see io.posestate.model.Phone
	 * @generated
	 */
	EClass getPhone();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Phone#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see io.posestate.model.Phone#getNumber()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Number();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Phone#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.posestate.model.Phone#getStatus()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Phone#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.posestate.model.Phone#getSource()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Source();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Phone#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see io.posestate.model.Phone#getSince()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Since();

	/**
	 * Returns the meta object for class '{@link io.posestate.model.TerminalModel <em>Terminal Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Terminal Model</em>'.
	 * @see io.posestate.model.TerminalModel
	 * @generated
	 */
	EClass getTerminalModel();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.TerminalModel#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see io.posestate.model.TerminalModel#getVendor()
	 * @see #getTerminalModel()
	 * @generated
	 */
	EAttribute getTerminalModel_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.TerminalModel#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see io.posestate.model.TerminalModel#getModel()
	 * @see #getTerminalModel()
	 * @generated
	 */
	EAttribute getTerminalModel_Model();

	/**
	 * Returns the meta object for the attribute list '{@link io.posestate.model.TerminalModel#getCapabilities <em>Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Capabilities</em>'.
	 * @see io.posestate.model.TerminalModel#getCapabilities()
	 * @see #getTerminalModel()
	 * @generated
	 */
	EAttribute getTerminalModel_Capabilities();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.TerminalModel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.posestate.model.TerminalModel#getDescription()
	 * @see #getTerminalModel()
	 * @generated
	 */
	EAttribute getTerminalModel_Description();

	/**
	 * Returns the meta object for class '{@link io.posestate.model.Terminal <em>Terminal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Terminal</em>'.
	 * @see io.posestate.model.Terminal
	 * @generated
	 */
	EClass getTerminal();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see io.posestate.model.Terminal#getSerialNumber()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see io.posestate.model.Terminal#getVendor()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getModelName <em>Model Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Name</em>'.
	 * @see io.posestate.model.Terminal#getModelName()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_ModelName();

	/**
	 * Returns the meta object for the reference '{@link io.posestate.model.Terminal#getTerminalModel <em>Terminal Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Terminal Model</em>'.
	 * @see io.posestate.model.Terminal#getTerminalModel()
	 * @see #getTerminal()
	 * @generated
	 */
	EReference getTerminal_TerminalModel();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getConnection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connection</em>'.
	 * @see io.posestate.model.Terminal#getConnection()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_Connection();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see io.posestate.model.Terminal#getFirmware()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.posestate.model.Terminal#getState()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_State();

	/**
	 * Returns the meta object for the reference '{@link io.posestate.model.Terminal#getMerchant <em>Merchant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Merchant</em>'.
	 * @see io.posestate.model.Terminal#getMerchant()
	 * @see #getTerminal()
	 * @generated
	 */
	EReference getTerminal_Merchant();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getMerchantNo <em>Merchant No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Merchant No</em>'.
	 * @see io.posestate.model.Terminal#getMerchantNo()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_MerchantNo();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getDeployedRegion <em>Deployed Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deployed Region</em>'.
	 * @see io.posestate.model.Terminal#getDeployedRegion()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_DeployedRegion();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Terminal#getActivatedAt <em>Activated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activated At</em>'.
	 * @see io.posestate.model.Terminal#getActivatedAt()
	 * @see #getTerminal()
	 * @generated
	 */
	EAttribute getTerminal_ActivatedAt();

	/**
	 * Returns the meta object for the reference '{@link io.posestate.model.Terminal#getBoundPhone <em>Bound Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bound Phone</em>'.
	 * @see io.posestate.model.Terminal#getBoundPhone()
	 * @see #getTerminal()
	 * @generated
	 */
	EReference getTerminal_BoundPhone();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.model.Terminal#getHistory <em>History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>History</em>'.
	 * @see io.posestate.model.Terminal#getHistory()
	 * @see #getTerminal()
	 * @generated
	 */
	EReference getTerminal_History();

	/**
	 * Returns the meta object for the reference '{@link io.posestate.model.Terminal#getReplaces <em>Replaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Replaces</em>'.
	 * @see io.posestate.model.Terminal#getReplaces()
	 * @see #getTerminal()
	 * @generated
	 */
	EReference getTerminal_Replaces();

	/**
	 * Returns the meta object for the reference '{@link io.posestate.model.Terminal#getReplacedBy <em>Replaced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Replaced By</em>'.
	 * @see io.posestate.model.Terminal#getReplacedBy()
	 * @see #getTerminal()
	 * @generated
	 */
	EReference getTerminal_ReplacedBy();

	/**
	 * Returns the meta object for class '{@link io.posestate.model.LifecycleEvent <em>Lifecycle Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lifecycle Event</em>'.
	 * @see io.posestate.model.LifecycleEvent
	 * @generated
	 */
	EClass getLifecycleEvent();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.LifecycleEvent#getFromState <em>From State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From State</em>'.
	 * @see io.posestate.model.LifecycleEvent#getFromState()
	 * @see #getLifecycleEvent()
	 * @generated
	 */
	EAttribute getLifecycleEvent_FromState();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.LifecycleEvent#getToState <em>To State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To State</em>'.
	 * @see io.posestate.model.LifecycleEvent#getToState()
	 * @see #getLifecycleEvent()
	 * @generated
	 */
	EAttribute getLifecycleEvent_ToState();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.LifecycleEvent#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.posestate.model.LifecycleEvent#getTime()
	 * @see #getLifecycleEvent()
	 * @generated
	 */
	EAttribute getLifecycleEvent_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.LifecycleEvent#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see io.posestate.model.LifecycleEvent#getActor()
	 * @see #getLifecycleEvent()
	 * @generated
	 */
	EAttribute getLifecycleEvent_Actor();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.LifecycleEvent#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.posestate.model.LifecycleEvent#getReason()
	 * @see #getLifecycleEvent()
	 * @generated
	 */
	EAttribute getLifecycleEvent_Reason();

	/**
	 * Returns the meta object for the containment reference list '{@link io.posestate.model.LifecycleEvent#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see io.posestate.model.LifecycleEvent#getEvidence()
	 * @see #getLifecycleEvent()
	 * @generated
	 */
	EReference getLifecycleEvent_Evidence();

	/**
	 * Returns the meta object for class '{@link io.posestate.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see io.posestate.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Evidence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.posestate.model.Evidence#getKind()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Evidence#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see io.posestate.model.Evidence#getReference()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Reference();

	/**
	 * Returns the meta object for the attribute '{@link io.posestate.model.Evidence#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see io.posestate.model.Evidence#getSha256()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Sha256();

	/**
	 * Returns the meta object for enum '{@link io.posestate.model.MerchantStatus <em>Merchant Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Merchant Status</em>'.
	 * @see io.posestate.model.MerchantStatus
	 * @generated
	 */
	EEnum getMerchantStatus();

	/**
	 * Returns the meta object for enum '{@link io.posestate.model.PhoneStatus <em>Phone Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phone Status</em>'.
	 * @see io.posestate.model.PhoneStatus
	 * @generated
	 */
	EEnum getPhoneStatus();

	/**
	 * Returns the meta object for enum '{@link io.posestate.model.PhoneSource <em>Phone Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phone Source</em>'.
	 * @see io.posestate.model.PhoneSource
	 * @generated
	 */
	EEnum getPhoneSource();

	/**
	 * Returns the meta object for enum '{@link io.posestate.model.Capability <em>Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Capability</em>'.
	 * @see io.posestate.model.Capability
	 * @generated
	 */
	EEnum getCapability();

	/**
	 * Returns the meta object for enum '{@link io.posestate.model.ConnectionType <em>Connection Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Type</em>'.
	 * @see io.posestate.model.ConnectionType
	 * @generated
	 */
	EEnum getConnectionType();

	/**
	 * Returns the meta object for enum '{@link io.posestate.model.TerminalState <em>Terminal State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Terminal State</em>'.
	 * @see io.posestate.model.TerminalState
	 * @generated
	 */
	EEnum getTerminalState();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, serialized as YYYY-MM-DD.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, serialized as ISO-8601 in UTC (e.g. 2026-10-01T01:15:02Z); any ISO-8601 date-time with an offset is read.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EstateFactory getEstateFactory();

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
		 * The meta object literal for the '{@link io.posestate.model.impl.EstateImpl <em>Estate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.impl.EstateImpl
		 * @see io.posestate.model.impl.EstatePackageImpl#getEstate()
		 * @generated
		 */
		EClass ESTATE = eINSTANCE.getEstate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTATE__NAME = eINSTANCE.getEstate_Name();

		/**
		 * The meta object literal for the '<em><b>Acquirers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTATE__ACQUIRERS = eINSTANCE.getEstate_Acquirers();

		/**
		 * The meta object literal for the '<em><b>Merchants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTATE__MERCHANTS = eINSTANCE.getEstate_Merchants();

		/**
		 * The meta object literal for the '<em><b>Terminal Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTATE__TERMINAL_MODELS = eINSTANCE.getEstate_TerminalModels();

		/**
		 * The meta object literal for the '<em><b>Terminals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTATE__TERMINALS = eINSTANCE.getEstate_Terminals();

		/**
		 * The meta object literal for the '<em><b>Phones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESTATE__PHONES = eINSTANCE.getEstate_Phones();

		/**
		 * The meta object literal for the '{@link io.posestate.model.impl.AcquirerImpl <em>Acquirer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.impl.AcquirerImpl
		 * @see io.posestate.model.impl.EstatePackageImpl#getAcquirer()
		 * @generated
		 */
		EClass ACQUIRER = eINSTANCE.getAcquirer();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACQUIRER__CODE = eINSTANCE.getAcquirer_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACQUIRER__NAME = eINSTANCE.getAcquirer_Name();

		/**
		 * The meta object literal for the '<em><b>License No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACQUIRER__LICENSE_NO = eINSTANCE.getAcquirer_LicenseNo();

		/**
		 * The meta object literal for the '<em><b>Licensed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACQUIRER__LICENSED = eINSTANCE.getAcquirer_Licensed();

		/**
		 * The meta object literal for the '{@link io.posestate.model.impl.MerchantImpl <em>Merchant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.impl.MerchantImpl
		 * @see io.posestate.model.impl.EstatePackageImpl#getMerchant()
		 * @generated
		 */
		EClass MERCHANT = eINSTANCE.getMerchant();

		/**
		 * The meta object literal for the '<em><b>Merchant No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__MERCHANT_NO = eINSTANCE.getMerchant_MerchantNo();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__NAME = eINSTANCE.getMerchant_Name();

		/**
		 * The meta object literal for the '<em><b>Mcc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__MCC = eINSTANCE.getMerchant_Mcc();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__REGION = eINSTANCE.getMerchant_Region();

		/**
		 * The meta object literal for the '<em><b>Acquirer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MERCHANT__ACQUIRER = eINSTANCE.getMerchant_Acquirer();

		/**
		 * The meta object literal for the '<em><b>Acquirer Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__ACQUIRER_CODE = eINSTANCE.getMerchant_AcquirerCode();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__STATUS = eINSTANCE.getMerchant_Status();

		/**
		 * The meta object literal for the '<em><b>Settlement Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__SETTLEMENT_ACCOUNT = eINSTANCE.getMerchant_SettlementAccount();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__ADDRESS = eINSTANCE.getMerchant_Address();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__EMAIL = eINSTANCE.getMerchant_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MERCHANT__PHONE = eINSTANCE.getMerchant_Phone();

		/**
		 * The meta object literal for the '<em><b>Backup Phone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MERCHANT__BACKUP_PHONE = eINSTANCE.getMerchant_BackupPhone();

		/**
		 * The meta object literal for the '<em><b>Institution Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__INSTITUTION_CODE = eINSTANCE.getMerchant_InstitutionCode();

		/**
		 * The meta object literal for the '<em><b>Number Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__NUMBER_REGION = eINSTANCE.getMerchant_NumberRegion();

		/**
		 * The meta object literal for the '<em><b>Number Mcc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERCHANT__NUMBER_MCC = eINSTANCE.getMerchant_NumberMcc();

		/**
		 * The meta object literal for the '<em><b>Has Backup Contact</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MERCHANT___HAS_BACKUP_CONTACT = eINSTANCE.getMerchant__HasBackupContact();

		/**
		 * The meta object literal for the '{@link io.posestate.model.impl.PhoneImpl <em>Phone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.impl.PhoneImpl
		 * @see io.posestate.model.impl.EstatePackageImpl#getPhone()
		 * @generated
		 */
		EClass PHONE = eINSTANCE.getPhone();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__NUMBER = eINSTANCE.getPhone_Number();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__STATUS = eINSTANCE.getPhone_Status();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__SOURCE = eINSTANCE.getPhone_Source();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__SINCE = eINSTANCE.getPhone_Since();

		/**
		 * The meta object literal for the '{@link io.posestate.model.impl.TerminalModelImpl <em>Terminal Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.impl.TerminalModelImpl
		 * @see io.posestate.model.impl.EstatePackageImpl#getTerminalModel()
		 * @generated
		 */
		EClass TERMINAL_MODEL = eINSTANCE.getTerminalModel();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_MODEL__VENDOR = eINSTANCE.getTerminalModel_Vendor();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_MODEL__MODEL = eINSTANCE.getTerminalModel_Model();

		/**
		 * The meta object literal for the '<em><b>Capabilities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_MODEL__CAPABILITIES = eINSTANCE.getTerminalModel_Capabilities();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL_MODEL__DESCRIPTION = eINSTANCE.getTerminalModel_Description();

		/**
		 * The meta object literal for the '{@link io.posestate.model.impl.TerminalImpl <em>Terminal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.impl.TerminalImpl
		 * @see io.posestate.model.impl.EstatePackageImpl#getTerminal()
		 * @generated
		 */
		EClass TERMINAL = eINSTANCE.getTerminal();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__SERIAL_NUMBER = eINSTANCE.getTerminal_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__VENDOR = eINSTANCE.getTerminal_Vendor();

		/**
		 * The meta object literal for the '<em><b>Model Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__MODEL_NAME = eINSTANCE.getTerminal_ModelName();

		/**
		 * The meta object literal for the '<em><b>Terminal Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL__TERMINAL_MODEL = eINSTANCE.getTerminal_TerminalModel();

		/**
		 * The meta object literal for the '<em><b>Connection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__CONNECTION = eINSTANCE.getTerminal_Connection();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__FIRMWARE = eINSTANCE.getTerminal_Firmware();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__STATE = eINSTANCE.getTerminal_State();

		/**
		 * The meta object literal for the '<em><b>Merchant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL__MERCHANT = eINSTANCE.getTerminal_Merchant();

		/**
		 * The meta object literal for the '<em><b>Merchant No</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__MERCHANT_NO = eINSTANCE.getTerminal_MerchantNo();

		/**
		 * The meta object literal for the '<em><b>Deployed Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__DEPLOYED_REGION = eINSTANCE.getTerminal_DeployedRegion();

		/**
		 * The meta object literal for the '<em><b>Activated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMINAL__ACTIVATED_AT = eINSTANCE.getTerminal_ActivatedAt();

		/**
		 * The meta object literal for the '<em><b>Bound Phone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL__BOUND_PHONE = eINSTANCE.getTerminal_BoundPhone();

		/**
		 * The meta object literal for the '<em><b>History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL__HISTORY = eINSTANCE.getTerminal_History();

		/**
		 * The meta object literal for the '<em><b>Replaces</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL__REPLACES = eINSTANCE.getTerminal_Replaces();

		/**
		 * The meta object literal for the '<em><b>Replaced By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL__REPLACED_BY = eINSTANCE.getTerminal_ReplacedBy();

		/**
		 * The meta object literal for the '{@link io.posestate.model.impl.LifecycleEventImpl <em>Lifecycle Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.impl.LifecycleEventImpl
		 * @see io.posestate.model.impl.EstatePackageImpl#getLifecycleEvent()
		 * @generated
		 */
		EClass LIFECYCLE_EVENT = eINSTANCE.getLifecycleEvent();

		/**
		 * The meta object literal for the '<em><b>From State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFECYCLE_EVENT__FROM_STATE = eINSTANCE.getLifecycleEvent_FromState();

		/**
		 * The meta object literal for the '<em><b>To State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFECYCLE_EVENT__TO_STATE = eINSTANCE.getLifecycleEvent_ToState();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFECYCLE_EVENT__TIME = eINSTANCE.getLifecycleEvent_Time();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFECYCLE_EVENT__ACTOR = eINSTANCE.getLifecycleEvent_Actor();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFECYCLE_EVENT__REASON = eINSTANCE.getLifecycleEvent_Reason();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFECYCLE_EVENT__EVIDENCE = eINSTANCE.getLifecycleEvent_Evidence();

		/**
		 * The meta object literal for the '{@link io.posestate.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.impl.EvidenceImpl
		 * @see io.posestate.model.impl.EstatePackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__KIND = eINSTANCE.getEvidence_Kind();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__REFERENCE = eINSTANCE.getEvidence_Reference();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SHA256 = eINSTANCE.getEvidence_Sha256();

		/**
		 * The meta object literal for the '{@link io.posestate.model.MerchantStatus <em>Merchant Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.MerchantStatus
		 * @see io.posestate.model.impl.EstatePackageImpl#getMerchantStatus()
		 * @generated
		 */
		EEnum MERCHANT_STATUS = eINSTANCE.getMerchantStatus();

		/**
		 * The meta object literal for the '{@link io.posestate.model.PhoneStatus <em>Phone Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.PhoneStatus
		 * @see io.posestate.model.impl.EstatePackageImpl#getPhoneStatus()
		 * @generated
		 */
		EEnum PHONE_STATUS = eINSTANCE.getPhoneStatus();

		/**
		 * The meta object literal for the '{@link io.posestate.model.PhoneSource <em>Phone Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.PhoneSource
		 * @see io.posestate.model.impl.EstatePackageImpl#getPhoneSource()
		 * @generated
		 */
		EEnum PHONE_SOURCE = eINSTANCE.getPhoneSource();

		/**
		 * The meta object literal for the '{@link io.posestate.model.Capability <em>Capability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.Capability
		 * @see io.posestate.model.impl.EstatePackageImpl#getCapability()
		 * @generated
		 */
		EEnum CAPABILITY = eINSTANCE.getCapability();

		/**
		 * The meta object literal for the '{@link io.posestate.model.ConnectionType <em>Connection Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.ConnectionType
		 * @see io.posestate.model.impl.EstatePackageImpl#getConnectionType()
		 * @generated
		 */
		EEnum CONNECTION_TYPE = eINSTANCE.getConnectionType();

		/**
		 * The meta object literal for the '{@link io.posestate.model.TerminalState <em>Terminal State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.posestate.model.TerminalState
		 * @see io.posestate.model.impl.EstatePackageImpl#getTerminalState()
		 * @generated
		 */
		EEnum TERMINAL_STATE = eINSTANCE.getTerminalState();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see io.posestate.model.impl.EstatePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see io.posestate.model.impl.EstatePackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //EstatePackage
