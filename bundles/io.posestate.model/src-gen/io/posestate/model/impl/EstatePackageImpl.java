/**
 */
package io.posestate.model.impl;

import io.posestate.model.Acquirer;
import io.posestate.model.Capability;
import io.posestate.model.ConnectionType;
import io.posestate.model.Estate;
import io.posestate.model.EstateFactory;
import io.posestate.model.EstatePackage;
import io.posestate.model.Evidence;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.MerchantStatus;
import io.posestate.model.Phone;
import io.posestate.model.PhoneSource;
import io.posestate.model.PhoneStatus;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalModel;
import io.posestate.model.TerminalState;

import io.posestate.model.util.EstateValidator;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EstatePackageImpl extends EPackageImpl implements EstatePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass estateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass acquirerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass merchantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass terminalModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass terminalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifecycleEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum merchantStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phoneStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phoneSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum capabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum terminalStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.posestate.model.EstatePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EstatePackageImpl() {
		super(eNS_URI, EstateFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EstatePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EstatePackage init() {
		if (isInited) return (EstatePackage)EPackage.Registry.INSTANCE.getEPackage(EstatePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEstatePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EstatePackageImpl theEstatePackage = registeredEstatePackage instanceof EstatePackageImpl ? (EstatePackageImpl)registeredEstatePackage : new EstatePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theEstatePackage.createPackageContents();

		// Initialize created meta-data
		theEstatePackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theEstatePackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return EstateValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theEstatePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EstatePackage.eNS_URI, theEstatePackage);
		return theEstatePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEstate() {
		return estateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstate_Name() {
		return (EAttribute)estateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstate_Acquirers() {
		return (EReference)estateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstate_Merchants() {
		return (EReference)estateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstate_TerminalModels() {
		return (EReference)estateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstate_Terminals() {
		return (EReference)estateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstate_Phones() {
		return (EReference)estateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAcquirer() {
		return acquirerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcquirer_Code() {
		return (EAttribute)acquirerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcquirer_Name() {
		return (EAttribute)acquirerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcquirer_LicenseNo() {
		return (EAttribute)acquirerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcquirer_Licensed() {
		return (EAttribute)acquirerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMerchant() {
		return merchantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_MerchantNo() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_Name() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_Mcc() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_Region() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMerchant_Acquirer() {
		return (EReference)merchantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_AcquirerCode() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_Status() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_SettlementAccount() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_Address() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_Email() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMerchant_Phone() {
		return (EReference)merchantEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMerchant_BackupPhone() {
		return (EReference)merchantEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_InstitutionCode() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_NumberRegion() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMerchant_NumberMcc() {
		return (EAttribute)merchantEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMerchant__HasBackupContact() {
		return merchantEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhone() {
		return phoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Number() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Status() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Source() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Since() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerminalModel() {
		return terminalModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalModel_Vendor() {
		return (EAttribute)terminalModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalModel_Model() {
		return (EAttribute)terminalModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalModel_Capabilities() {
		return (EAttribute)terminalModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminalModel_Description() {
		return (EAttribute)terminalModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerminal() {
		return terminalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_SerialNumber() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_Vendor() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_ModelName() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminal_TerminalModel() {
		return (EReference)terminalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_Connection() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_Firmware() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_State() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminal_Merchant() {
		return (EReference)terminalEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_MerchantNo() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_DeployedRegion() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerminal_ActivatedAt() {
		return (EAttribute)terminalEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminal_BoundPhone() {
		return (EReference)terminalEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminal_History() {
		return (EReference)terminalEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminal_Replaces() {
		return (EReference)terminalEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerminal_ReplacedBy() {
		return (EReference)terminalEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifecycleEvent() {
		return lifecycleEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifecycleEvent_FromState() {
		return (EAttribute)lifecycleEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifecycleEvent_ToState() {
		return (EAttribute)lifecycleEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifecycleEvent_Time() {
		return (EAttribute)lifecycleEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifecycleEvent_Actor() {
		return (EAttribute)lifecycleEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifecycleEvent_Reason() {
		return (EAttribute)lifecycleEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifecycleEvent_Evidence() {
		return (EReference)lifecycleEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Kind() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Reference() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Sha256() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMerchantStatus() {
		return merchantStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhoneStatus() {
		return phoneStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhoneSource() {
		return phoneSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCapability() {
		return capabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionType() {
		return connectionTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTerminalState() {
		return terminalStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EstateFactory getEstateFactory() {
		return (EstateFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		estateEClass = createEClass(ESTATE);
		createEAttribute(estateEClass, ESTATE__NAME);
		createEReference(estateEClass, ESTATE__ACQUIRERS);
		createEReference(estateEClass, ESTATE__MERCHANTS);
		createEReference(estateEClass, ESTATE__TERMINAL_MODELS);
		createEReference(estateEClass, ESTATE__TERMINALS);
		createEReference(estateEClass, ESTATE__PHONES);

		acquirerEClass = createEClass(ACQUIRER);
		createEAttribute(acquirerEClass, ACQUIRER__CODE);
		createEAttribute(acquirerEClass, ACQUIRER__NAME);
		createEAttribute(acquirerEClass, ACQUIRER__LICENSE_NO);
		createEAttribute(acquirerEClass, ACQUIRER__LICENSED);

		merchantEClass = createEClass(MERCHANT);
		createEAttribute(merchantEClass, MERCHANT__MERCHANT_NO);
		createEAttribute(merchantEClass, MERCHANT__NAME);
		createEAttribute(merchantEClass, MERCHANT__MCC);
		createEAttribute(merchantEClass, MERCHANT__REGION);
		createEReference(merchantEClass, MERCHANT__ACQUIRER);
		createEAttribute(merchantEClass, MERCHANT__ACQUIRER_CODE);
		createEAttribute(merchantEClass, MERCHANT__STATUS);
		createEAttribute(merchantEClass, MERCHANT__SETTLEMENT_ACCOUNT);
		createEAttribute(merchantEClass, MERCHANT__ADDRESS);
		createEAttribute(merchantEClass, MERCHANT__EMAIL);
		createEReference(merchantEClass, MERCHANT__PHONE);
		createEReference(merchantEClass, MERCHANT__BACKUP_PHONE);
		createEAttribute(merchantEClass, MERCHANT__INSTITUTION_CODE);
		createEAttribute(merchantEClass, MERCHANT__NUMBER_REGION);
		createEAttribute(merchantEClass, MERCHANT__NUMBER_MCC);
		createEOperation(merchantEClass, MERCHANT___HAS_BACKUP_CONTACT);

		phoneEClass = createEClass(PHONE);
		createEAttribute(phoneEClass, PHONE__NUMBER);
		createEAttribute(phoneEClass, PHONE__STATUS);
		createEAttribute(phoneEClass, PHONE__SOURCE);
		createEAttribute(phoneEClass, PHONE__SINCE);

		terminalModelEClass = createEClass(TERMINAL_MODEL);
		createEAttribute(terminalModelEClass, TERMINAL_MODEL__VENDOR);
		createEAttribute(terminalModelEClass, TERMINAL_MODEL__MODEL);
		createEAttribute(terminalModelEClass, TERMINAL_MODEL__CAPABILITIES);
		createEAttribute(terminalModelEClass, TERMINAL_MODEL__DESCRIPTION);

		terminalEClass = createEClass(TERMINAL);
		createEAttribute(terminalEClass, TERMINAL__SERIAL_NUMBER);
		createEAttribute(terminalEClass, TERMINAL__VENDOR);
		createEAttribute(terminalEClass, TERMINAL__MODEL_NAME);
		createEReference(terminalEClass, TERMINAL__TERMINAL_MODEL);
		createEAttribute(terminalEClass, TERMINAL__CONNECTION);
		createEAttribute(terminalEClass, TERMINAL__FIRMWARE);
		createEAttribute(terminalEClass, TERMINAL__STATE);
		createEReference(terminalEClass, TERMINAL__MERCHANT);
		createEAttribute(terminalEClass, TERMINAL__MERCHANT_NO);
		createEAttribute(terminalEClass, TERMINAL__DEPLOYED_REGION);
		createEAttribute(terminalEClass, TERMINAL__ACTIVATED_AT);
		createEReference(terminalEClass, TERMINAL__BOUND_PHONE);
		createEReference(terminalEClass, TERMINAL__HISTORY);
		createEReference(terminalEClass, TERMINAL__REPLACES);
		createEReference(terminalEClass, TERMINAL__REPLACED_BY);

		lifecycleEventEClass = createEClass(LIFECYCLE_EVENT);
		createEAttribute(lifecycleEventEClass, LIFECYCLE_EVENT__FROM_STATE);
		createEAttribute(lifecycleEventEClass, LIFECYCLE_EVENT__TO_STATE);
		createEAttribute(lifecycleEventEClass, LIFECYCLE_EVENT__TIME);
		createEAttribute(lifecycleEventEClass, LIFECYCLE_EVENT__ACTOR);
		createEAttribute(lifecycleEventEClass, LIFECYCLE_EVENT__REASON);
		createEReference(lifecycleEventEClass, LIFECYCLE_EVENT__EVIDENCE);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__KIND);
		createEAttribute(evidenceEClass, EVIDENCE__REFERENCE);
		createEAttribute(evidenceEClass, EVIDENCE__SHA256);

		// Create enums
		merchantStatusEEnum = createEEnum(MERCHANT_STATUS);
		phoneStatusEEnum = createEEnum(PHONE_STATUS);
		phoneSourceEEnum = createEEnum(PHONE_SOURCE);
		capabilityEEnum = createEEnum(CAPABILITY);
		connectionTypeEEnum = createEEnum(CONNECTION_TYPE);
		terminalStateEEnum = createEEnum(TERMINAL_STATE);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(estateEClass, Estate.class, "Estate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEstate_Name(), ecorePackage.getEString(), "name", null, 0, 1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEstate_Acquirers(), this.getAcquirer(), null, "acquirers", null, 0, -1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEstate_Merchants(), this.getMerchant(), null, "merchants", null, 0, -1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEstate_TerminalModels(), this.getTerminalModel(), null, "terminalModels", null, 0, -1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEstate_Terminals(), this.getTerminal(), null, "terminals", null, 0, -1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEstate_Phones(), this.getPhone(), null, "phones", null, 0, -1, Estate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(acquirerEClass, Acquirer.class, "Acquirer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAcquirer_Code(), ecorePackage.getEString(), "code", null, 0, 1, Acquirer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcquirer_Name(), ecorePackage.getEString(), "name", null, 0, 1, Acquirer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcquirer_LicenseNo(), ecorePackage.getEString(), "licenseNo", null, 0, 1, Acquirer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcquirer_Licensed(), ecorePackage.getEBoolean(), "licensed", null, 0, 1, Acquirer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(merchantEClass, Merchant.class, "Merchant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMerchant_MerchantNo(), ecorePackage.getEString(), "merchantNo", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_Name(), ecorePackage.getEString(), "name", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_Mcc(), ecorePackage.getEString(), "mcc", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_Region(), ecorePackage.getEString(), "region", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMerchant_Acquirer(), this.getAcquirer(), null, "acquirer", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_AcquirerCode(), ecorePackage.getEString(), "acquirerCode", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_Status(), this.getMerchantStatus(), "status", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_SettlementAccount(), ecorePackage.getEString(), "settlementAccount", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_Address(), ecorePackage.getEString(), "address", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_Email(), ecorePackage.getEString(), "email", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMerchant_Phone(), this.getPhone(), null, "phone", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMerchant_BackupPhone(), this.getPhone(), null, "backupPhone", null, 0, 1, Merchant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_InstitutionCode(), ecorePackage.getEString(), "institutionCode", null, 0, 1, Merchant.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_NumberRegion(), ecorePackage.getEString(), "numberRegion", null, 0, 1, Merchant.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getMerchant_NumberMcc(), ecorePackage.getEString(), "numberMcc", null, 0, 1, Merchant.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEOperation(getMerchant__HasBackupContact(), ecorePackage.getEBoolean(), "hasBackupContact", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(phoneEClass, Phone.class, "Phone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhone_Number(), ecorePackage.getEString(), "number", null, 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_Status(), this.getPhoneStatus(), "status", "UNKNOWN", 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_Source(), this.getPhoneSource(), "source", null, 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_Since(), this.getLocalDate(), "since", null, 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(terminalModelEClass, TerminalModel.class, "TerminalModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerminalModel_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, TerminalModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalModel_Model(), ecorePackage.getEString(), "model", null, 0, 1, TerminalModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalModel_Capabilities(), this.getCapability(), "capabilities", null, 0, -1, TerminalModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminalModel_Description(), ecorePackage.getEString(), "description", null, 0, 1, TerminalModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(terminalEClass, Terminal.class, "Terminal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerminal_SerialNumber(), ecorePackage.getEString(), "serialNumber", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminal_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminal_ModelName(), ecorePackage.getEString(), "modelName", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminal_TerminalModel(), this.getTerminalModel(), null, "terminalModel", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminal_Connection(), this.getConnectionType(), "connection", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminal_Firmware(), ecorePackage.getEString(), "firmware", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminal_State(), this.getTerminalState(), "state", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminal_Merchant(), this.getMerchant(), null, "merchant", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminal_MerchantNo(), ecorePackage.getEString(), "merchantNo", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminal_DeployedRegion(), ecorePackage.getEString(), "deployedRegion", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerminal_ActivatedAt(), this.getLocalDate(), "activatedAt", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminal_BoundPhone(), this.getPhone(), null, "boundPhone", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminal_History(), this.getLifecycleEvent(), null, "history", null, 0, -1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminal_Replaces(), this.getTerminal(), this.getTerminal_ReplacedBy(), "replaces", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerminal_ReplacedBy(), this.getTerminal(), this.getTerminal_Replaces(), "replacedBy", null, 0, 1, Terminal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifecycleEventEClass, LifecycleEvent.class, "LifecycleEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifecycleEvent_FromState(), this.getTerminalState(), "fromState", null, 0, 1, LifecycleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifecycleEvent_ToState(), this.getTerminalState(), "toState", null, 0, 1, LifecycleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifecycleEvent_Time(), this.getInstant(), "time", null, 0, 1, LifecycleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifecycleEvent_Actor(), ecorePackage.getEString(), "actor", null, 0, 1, LifecycleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifecycleEvent_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, LifecycleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLifecycleEvent_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, LifecycleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(merchantStatusEEnum, MerchantStatus.class, "MerchantStatus");
		addEEnumLiteral(merchantStatusEEnum, MerchantStatus.ACTIVE);
		addEEnumLiteral(merchantStatusEEnum, MerchantStatus.SUSPENDED);
		addEEnumLiteral(merchantStatusEEnum, MerchantStatus.CLOSED);

		initEEnum(phoneStatusEEnum, PhoneStatus.class, "PhoneStatus");
		addEEnumLiteral(phoneStatusEEnum, PhoneStatus.ACTIVE);
		addEEnumLiteral(phoneStatusEEnum, PhoneStatus.CANCELLED);
		addEEnumLiteral(phoneStatusEEnum, PhoneStatus.UNKNOWN);

		initEEnum(phoneSourceEEnum, PhoneSource.class, "PhoneSource");
		addEEnumLiteral(phoneSourceEEnum, PhoneSource.CARRIER);
		addEEnumLiteral(phoneSourceEEnum, PhoneSource.SMS_RECEIPT);
		addEEnumLiteral(phoneSourceEEnum, PhoneSource.ANALYST);

		initEEnum(capabilityEEnum, Capability.class, "Capability");
		addEEnumLiteral(capabilityEEnum, Capability.SIGNATURE_CAPTURE);
		addEEnumLiteral(capabilityEEnum, Capability.PIN_PAD);
		addEEnumLiteral(capabilityEEnum, Capability.PRINTER);
		addEEnumLiteral(capabilityEEnum, Capability.BLUETOOTH);
		addEEnumLiteral(capabilityEEnum, Capability.CELLULAR);
		addEEnumLiteral(capabilityEEnum, Capability.WIFI);
		addEEnumLiteral(capabilityEEnum, Capability.LOCATION);
		addEEnumLiteral(capabilityEEnum, Capability.REMOTE_WIPE);
		addEEnumLiteral(capabilityEEnum, Capability.REMOTE_LOCK);
		addEEnumLiteral(capabilityEEnum, Capability.FIRMWARE_UPDATE);

		initEEnum(connectionTypeEEnum, ConnectionType.class, "ConnectionType");
		addEEnumLiteral(connectionTypeEEnum, ConnectionType.BLUETOOTH);
		addEEnumLiteral(connectionTypeEEnum, ConnectionType.CELLULAR);
		addEEnumLiteral(connectionTypeEEnum, ConnectionType.WIFI);
		addEEnumLiteral(connectionTypeEEnum, ConnectionType.ETHERNET);
		addEEnumLiteral(connectionTypeEEnum, ConnectionType.DIALUP);

		initEEnum(terminalStateEEnum, TerminalState.class, "TerminalState");
		addEEnumLiteral(terminalStateEEnum, TerminalState.IN_STOCK);
		addEEnumLiteral(terminalStateEEnum, TerminalState.SHIPPED);
		addEEnumLiteral(terminalStateEEnum, TerminalState.ACTIVE);
		addEEnumLiteral(terminalStateEEnum, TerminalState.SUSPENDED);
		addEEnumLiteral(terminalStateEEnum, TerminalState.IN_REPAIR);
		addEEnumLiteral(terminalStateEEnum, TerminalState.DEACTIVATION_REQUESTED);
		addEEnumLiteral(terminalStateEEnum, TerminalState.RETURNED);
		addEEnumLiteral(terminalStateEEnum, TerminalState.DECOMMISSIONED);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (merchantEClass,
		   source,
		   new String[] {
			   "constraints", "MerchantNumberFormat CodeFormats NumberMatchesRegistration AcquirerConsistent"
		   });
		addAnnotation
		  (phoneEClass,
		   source,
		   new String[] {
			   "constraints", "NumberFormat"
		   });
		addAnnotation
		  (terminalEClass,
		   source,
		   new String[] {
			   "constraints", "SerialNumberFormat RequiredFields MerchantBinding StateRequirements DeployedRegionFormat"
		   });
	}

} //EstatePackageImpl
