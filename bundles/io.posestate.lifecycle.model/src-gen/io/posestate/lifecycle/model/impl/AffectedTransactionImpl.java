/**
 */
package io.posestate.lifecycle.model.impl;

import io.posestate.lifecycle.model.AffectedTransaction;
import io.posestate.lifecycle.model.CasesPackage;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Affected Transaction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.lifecycle.model.impl.AffectedTransactionImpl#getTxnId <em>Txn Id</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.AffectedTransactionImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.AffectedTransactionImpl#getTime <em>Time</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.AffectedTransactionImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.AffectedTransactionImpl#getResult <em>Result</em>}</li>
 *   <li>{@link io.posestate.lifecycle.model.impl.AffectedTransactionImpl#getCategory <em>Category</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AffectedTransactionImpl extends MinimalEObjectImpl.Container implements AffectedTransaction {
	/**
	 * The default value of the '{@link #getTxnId() <em>Txn Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxnId()
	 * @generated
	 * @ordered
	 */
	protected static final String TXN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTxnId() <em>Txn Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxnId()
	 * @generated
	 * @ordered
	 */
	protected String txnId = TXN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected String serialNumber = SERIAL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Instant time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final String AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected String amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final String RESULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected String result = RESULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AffectedTransactionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.AFFECTED_TRANSACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTxnId() {
		return txnId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTxnId(String newTxnId) {
		String oldTxnId = txnId;
		txnId = newTxnId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.AFFECTED_TRANSACTION__TXN_ID, oldTxnId, txnId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerialNumber() {
		return serialNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerialNumber(String newSerialNumber) {
		String oldSerialNumber = serialNumber;
		serialNumber = newSerialNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.AFFECTED_TRANSACTION__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Instant newTime) {
		Instant oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.AFFECTED_TRANSACTION__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(String newAmount) {
		String oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.AFFECTED_TRANSACTION__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(String newResult) {
		String oldResult = result;
		result = newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.AFFECTED_TRANSACTION__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.AFFECTED_TRANSACTION__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.AFFECTED_TRANSACTION__TXN_ID:
				return getTxnId();
			case CasesPackage.AFFECTED_TRANSACTION__SERIAL_NUMBER:
				return getSerialNumber();
			case CasesPackage.AFFECTED_TRANSACTION__TIME:
				return getTime();
			case CasesPackage.AFFECTED_TRANSACTION__AMOUNT:
				return getAmount();
			case CasesPackage.AFFECTED_TRANSACTION__RESULT:
				return getResult();
			case CasesPackage.AFFECTED_TRANSACTION__CATEGORY:
				return getCategory();
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
			case CasesPackage.AFFECTED_TRANSACTION__TXN_ID:
				setTxnId((String)newValue);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__SERIAL_NUMBER:
				setSerialNumber((String)newValue);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__TIME:
				setTime((Instant)newValue);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__AMOUNT:
				setAmount((String)newValue);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__RESULT:
				setResult((String)newValue);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__CATEGORY:
				setCategory((String)newValue);
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
			case CasesPackage.AFFECTED_TRANSACTION__TXN_ID:
				setTxnId(TXN_ID_EDEFAULT);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
			case CasesPackage.AFFECTED_TRANSACTION__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
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
			case CasesPackage.AFFECTED_TRANSACTION__TXN_ID:
				return TXN_ID_EDEFAULT == null ? txnId != null : !TXN_ID_EDEFAULT.equals(txnId);
			case CasesPackage.AFFECTED_TRANSACTION__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case CasesPackage.AFFECTED_TRANSACTION__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case CasesPackage.AFFECTED_TRANSACTION__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case CasesPackage.AFFECTED_TRANSACTION__RESULT:
				return RESULT_EDEFAULT == null ? result != null : !RESULT_EDEFAULT.equals(result);
			case CasesPackage.AFFECTED_TRANSACTION__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
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
		result.append(" (txnId: ");
		result.append(txnId);
		result.append(", serialNumber: ");
		result.append(serialNumber);
		result.append(", time: ");
		result.append(time);
		result.append(", amount: ");
		result.append(amount);
		result.append(", result: ");
		result.append(result);
		result.append(", category: ");
		result.append(category);
		result.append(')');
		return result.toString();
	}

} //AffectedTransactionImpl
