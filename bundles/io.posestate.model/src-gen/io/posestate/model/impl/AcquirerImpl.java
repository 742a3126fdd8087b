/**
 */
package io.posestate.model.impl;

import io.posestate.model.Acquirer;
import io.posestate.model.EstatePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Acquirer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.impl.AcquirerImpl#getCode <em>Code</em>}</li>
 *   <li>{@link io.posestate.model.impl.AcquirerImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.posestate.model.impl.AcquirerImpl#getLicenseNo <em>License No</em>}</li>
 *   <li>{@link io.posestate.model.impl.AcquirerImpl#isLicensed <em>Licensed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AcquirerImpl extends MinimalEObjectImpl.Container implements Acquirer {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getLicenseNo() <em>License No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenseNo()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENSE_NO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicenseNo() <em>License No</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenseNo()
	 * @generated
	 * @ordered
	 */
	protected String licenseNo = LICENSE_NO_EDEFAULT;

	/**
	 * The default value of the '{@link #isLicensed() <em>Licensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLicensed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LICENSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLicensed() <em>Licensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLicensed()
	 * @generated
	 * @ordered
	 */
	protected boolean licensed = LICENSED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AcquirerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.ACQUIRER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ACQUIRER__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ACQUIRER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicenseNo() {
		return licenseNo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenseNo(String newLicenseNo) {
		String oldLicenseNo = licenseNo;
		licenseNo = newLicenseNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ACQUIRER__LICENSE_NO, oldLicenseNo, licenseNo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLicensed() {
		return licensed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicensed(boolean newLicensed) {
		boolean oldLicensed = licensed;
		licensed = newLicensed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.ACQUIRER__LICENSED, oldLicensed, licensed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.ACQUIRER__CODE:
				return getCode();
			case EstatePackage.ACQUIRER__NAME:
				return getName();
			case EstatePackage.ACQUIRER__LICENSE_NO:
				return getLicenseNo();
			case EstatePackage.ACQUIRER__LICENSED:
				return isLicensed();
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
			case EstatePackage.ACQUIRER__CODE:
				setCode((String)newValue);
				return;
			case EstatePackage.ACQUIRER__NAME:
				setName((String)newValue);
				return;
			case EstatePackage.ACQUIRER__LICENSE_NO:
				setLicenseNo((String)newValue);
				return;
			case EstatePackage.ACQUIRER__LICENSED:
				setLicensed((Boolean)newValue);
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
			case EstatePackage.ACQUIRER__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case EstatePackage.ACQUIRER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EstatePackage.ACQUIRER__LICENSE_NO:
				setLicenseNo(LICENSE_NO_EDEFAULT);
				return;
			case EstatePackage.ACQUIRER__LICENSED:
				setLicensed(LICENSED_EDEFAULT);
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
			case EstatePackage.ACQUIRER__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case EstatePackage.ACQUIRER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EstatePackage.ACQUIRER__LICENSE_NO:
				return LICENSE_NO_EDEFAULT == null ? licenseNo != null : !LICENSE_NO_EDEFAULT.equals(licenseNo);
			case EstatePackage.ACQUIRER__LICENSED:
				return licensed != LICENSED_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", licenseNo: ");
		result.append(licenseNo);
		result.append(", licensed: ");
		result.append(licensed);
		result.append(')');
		return result.toString();
	}

} //AcquirerImpl
