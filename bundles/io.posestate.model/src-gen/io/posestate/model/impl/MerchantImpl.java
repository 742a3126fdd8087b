/**
 */
package io.posestate.model.impl;

import io.posestate.model.util.Codes;
import io.posestate.model.Acquirer;
import io.posestate.model.EstatePackage;
import io.posestate.model.Merchant;
import io.posestate.model.MerchantStatus;
import io.posestate.model.Phone;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Merchant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getMerchantNo <em>Merchant No</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getMcc <em>Mcc</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getAcquirer <em>Acquirer</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getAcquirerCode <em>Acquirer Code</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getSettlementAccount <em>Settlement Account</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getBackupPhone <em>Backup Phone</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getInstitutionCode <em>Institution Code</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getNumberRegion <em>Number Region</em>}</li>
 *   <li>{@link io.posestate.model.impl.MerchantImpl#getNumberMcc <em>Number Mcc</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MerchantImpl extends MinimalEObjectImpl.Container implements Merchant {
	/**
	 * The default value of the '{@link #getMerchantNo() <em>Merchant No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMerchantNo()
	 * @generated
	 * @ordered
	 */
	protected static final String MERCHANT_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMerchantNo() <em>Merchant No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMerchantNo()
	 * @generated
	 * @ordered
	 */
	protected String merchantNo = MERCHANT_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMcc() <em>Mcc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMcc()
	 * @generated
	 * @ordered
	 */
	protected static final String MCC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMcc() <em>Mcc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMcc()
	 * @generated
	 * @ordered
	 */
	protected String mcc = MCC_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAcquirer() <em>Acquirer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquirer()
	 * @generated
	 * @ordered
	 */
	protected Acquirer acquirer;

	/**
	 * The default value of the '{@link #getAcquirerCode() <em>Acquirer Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquirerCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ACQUIRER_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcquirerCode() <em>Acquirer Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquirerCode()
	 * @generated
	 * @ordered
	 */
	protected String acquirerCode = ACQUIRER_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MerchantStatus STATUS_EDEFAULT = MerchantStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MerchantStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSettlementAccount() <em>Settlement Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettlementAccount()
	 * @generated
	 * @ordered
	 */
	protected static final String SETTLEMENT_ACCOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSettlementAccount() <em>Settlement Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettlementAccount()
	 * @generated
	 * @ordered
	 */
	protected String settlementAccount = SETTLEMENT_ACCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected Phone phone;

	/**
	 * The cached value of the '{@link #getBackupPhone() <em>Backup Phone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackupPhone()
	 * @generated
	 * @ordered
	 */
	protected Phone backupPhone;

	/**
	 * The default value of the '{@link #getInstitutionCode() <em>Institution Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstitutionCode()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTITUTION_CODE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getNumberRegion() <em>Number Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_REGION_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getNumberMcc() <em>Number Mcc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberMcc()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_MCC_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MerchantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.MERCHANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMerchantNo() {
		return merchantNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMerchantNo(String newMerchantNo) {
		String oldMerchantNo = merchantNo;
		merchantNo = newMerchantNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__MERCHANT_NO, oldMerchantNo, merchantNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMcc() {
		return mcc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMcc(String newMcc) {
		String oldMcc = mcc;
		mcc = newMcc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__MCC, oldMcc, mcc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acquirer getAcquirer() {
		if (acquirer != null && acquirer.eIsProxy()) {
			InternalEObject oldAcquirer = (InternalEObject)acquirer;
			acquirer = (Acquirer)eResolveProxy(oldAcquirer);
			if (acquirer != oldAcquirer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.MERCHANT__ACQUIRER, oldAcquirer, acquirer));
			}
		}
		return acquirer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Acquirer basicGetAcquirer() {
		return acquirer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcquirer(Acquirer newAcquirer) {
		Acquirer oldAcquirer = acquirer;
		acquirer = newAcquirer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__ACQUIRER, oldAcquirer, acquirer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcquirerCode() {
		return acquirerCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcquirerCode(String newAcquirerCode) {
		String oldAcquirerCode = acquirerCode;
		acquirerCode = newAcquirerCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__ACQUIRER_CODE, oldAcquirerCode, acquirerCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MerchantStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MerchantStatus newStatus) {
		MerchantStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSettlementAccount() {
		return settlementAccount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettlementAccount(String newSettlementAccount) {
		String oldSettlementAccount = settlementAccount;
		settlementAccount = newSettlementAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__SETTLEMENT_ACCOUNT, oldSettlementAccount, settlementAccount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phone getPhone() {
		if (phone != null && phone.eIsProxy()) {
			InternalEObject oldPhone = (InternalEObject)phone;
			phone = (Phone)eResolveProxy(oldPhone);
			if (phone != oldPhone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.MERCHANT__PHONE, oldPhone, phone));
			}
		}
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Phone basicGetPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(Phone newPhone) {
		Phone oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phone getBackupPhone() {
		if (backupPhone != null && backupPhone.eIsProxy()) {
			InternalEObject oldBackupPhone = (InternalEObject)backupPhone;
			backupPhone = (Phone)eResolveProxy(oldBackupPhone);
			if (backupPhone != oldBackupPhone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EstatePackage.MERCHANT__BACKUP_PHONE, oldBackupPhone, backupPhone));
			}
		}
		return backupPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Phone basicGetBackupPhone() {
		return backupPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackupPhone(Phone newBackupPhone) {
		Phone oldBackupPhone = backupPhone;
		backupPhone = newBackupPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.MERCHANT__BACKUP_PHONE, oldBackupPhone, backupPhone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getInstitutionCode() {
		return Codes.institutionCode(getMerchantNo());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getNumberRegion() {
		return Codes.region(getMerchantNo());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getNumberMcc() {
		return Codes.mcc(getMerchantNo());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean hasBackupContact() {
		return getBackupPhone() != null || !Codes.isEmpty(getEmail());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.MERCHANT__MERCHANT_NO:
				return getMerchantNo();
			case EstatePackage.MERCHANT__NAME:
				return getName();
			case EstatePackage.MERCHANT__MCC:
				return getMcc();
			case EstatePackage.MERCHANT__REGION:
				return getRegion();
			case EstatePackage.MERCHANT__ACQUIRER:
				if (resolve) return getAcquirer();
				return basicGetAcquirer();
			case EstatePackage.MERCHANT__ACQUIRER_CODE:
				return getAcquirerCode();
			case EstatePackage.MERCHANT__STATUS:
				return getStatus();
			case EstatePackage.MERCHANT__SETTLEMENT_ACCOUNT:
				return getSettlementAccount();
			case EstatePackage.MERCHANT__ADDRESS:
				return getAddress();
			case EstatePackage.MERCHANT__EMAIL:
				return getEmail();
			case EstatePackage.MERCHANT__PHONE:
				if (resolve) return getPhone();
				return basicGetPhone();
			case EstatePackage.MERCHANT__BACKUP_PHONE:
				if (resolve) return getBackupPhone();
				return basicGetBackupPhone();
			case EstatePackage.MERCHANT__INSTITUTION_CODE:
				return getInstitutionCode();
			case EstatePackage.MERCHANT__NUMBER_REGION:
				return getNumberRegion();
			case EstatePackage.MERCHANT__NUMBER_MCC:
				return getNumberMcc();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EstatePackage.MERCHANT__MERCHANT_NO:
				setMerchantNo((String)newValue);
				return;
			case EstatePackage.MERCHANT__NAME:
				setName((String)newValue);
				return;
			case EstatePackage.MERCHANT__MCC:
				setMcc((String)newValue);
				return;
			case EstatePackage.MERCHANT__REGION:
				setRegion((String)newValue);
				return;
			case EstatePackage.MERCHANT__ACQUIRER:
				setAcquirer((Acquirer)newValue);
				return;
			case EstatePackage.MERCHANT__ACQUIRER_CODE:
				setAcquirerCode((String)newValue);
				return;
			case EstatePackage.MERCHANT__STATUS:
				setStatus((MerchantStatus)newValue);
				return;
			case EstatePackage.MERCHANT__SETTLEMENT_ACCOUNT:
				setSettlementAccount((String)newValue);
				return;
			case EstatePackage.MERCHANT__ADDRESS:
				setAddress((String)newValue);
				return;
			case EstatePackage.MERCHANT__EMAIL:
				setEmail((String)newValue);
				return;
			case EstatePackage.MERCHANT__PHONE:
				setPhone((Phone)newValue);
				return;
			case EstatePackage.MERCHANT__BACKUP_PHONE:
				setBackupPhone((Phone)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EstatePackage.MERCHANT__MERCHANT_NO:
				setMerchantNo(MERCHANT_NO_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__MCC:
				setMcc(MCC_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__ACQUIRER:
				setAcquirer((Acquirer)null);
				return;
			case EstatePackage.MERCHANT__ACQUIRER_CODE:
				setAcquirerCode(ACQUIRER_CODE_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__SETTLEMENT_ACCOUNT:
				setSettlementAccount(SETTLEMENT_ACCOUNT_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case EstatePackage.MERCHANT__PHONE:
				setPhone((Phone)null);
				return;
			case EstatePackage.MERCHANT__BACKUP_PHONE:
				setBackupPhone((Phone)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EstatePackage.MERCHANT__MERCHANT_NO:
				return MERCHANT_NO_EDEFAULT == null ? merchantNo != null : !MERCHANT_NO_EDEFAULT.equals(merchantNo);
			case EstatePackage.MERCHANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EstatePackage.MERCHANT__MCC:
				return MCC_EDEFAULT == null ? mcc != null : !MCC_EDEFAULT.equals(mcc);
			case EstatePackage.MERCHANT__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case EstatePackage.MERCHANT__ACQUIRER:
				return acquirer != null;
			case EstatePackage.MERCHANT__ACQUIRER_CODE:
				return ACQUIRER_CODE_EDEFAULT == null ? acquirerCode != null : !ACQUIRER_CODE_EDEFAULT.equals(acquirerCode);
			case EstatePackage.MERCHANT__STATUS:
				return status != STATUS_EDEFAULT;
			case EstatePackage.MERCHANT__SETTLEMENT_ACCOUNT:
				return SETTLEMENT_ACCOUNT_EDEFAULT == null ? settlementAccount != null : !SETTLEMENT_ACCOUNT_EDEFAULT.equals(settlementAccount);
			case EstatePackage.MERCHANT__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case EstatePackage.MERCHANT__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case EstatePackage.MERCHANT__PHONE:
				return phone != null;
			case EstatePackage.MERCHANT__BACKUP_PHONE:
				return backupPhone != null;
			case EstatePackage.MERCHANT__INSTITUTION_CODE:
				return INSTITUTION_CODE_EDEFAULT == null ? getInstitutionCode() != null : !INSTITUTION_CODE_EDEFAULT.equals(getInstitutionCode());
			case EstatePackage.MERCHANT__NUMBER_REGION:
				return NUMBER_REGION_EDEFAULT == null ? getNumberRegion() != null : !NUMBER_REGION_EDEFAULT.equals(getNumberRegion());
			case EstatePackage.MERCHANT__NUMBER_MCC:
				return NUMBER_MCC_EDEFAULT == null ? getNumberMcc() != null : !NUMBER_MCC_EDEFAULT.equals(getNumberMcc());
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case EstatePackage.MERCHANT___HAS_BACKUP_CONTACT:
				return hasBackupContact();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (merchantNo: ");
		result.append(merchantNo);
		result.append(", name: ");
		result.append(name);
		result.append(", mcc: ");
		result.append(mcc);
		result.append(", region: ");
		result.append(region);
		result.append(", acquirerCode: ");
		result.append(acquirerCode);
		result.append(", status: ");
		result.append(status);
		result.append(", settlementAccount: ");
		result.append(settlementAccount);
		result.append(", address: ");
		result.append(address);
		result.append(", email: ");
		result.append(email);
		result.append(')');
		return result.toString();
	}

} //MerchantImpl
