import { Col, Form, Input, Radio, Row, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { citizenIdPattern, hasProvincePrefix, normalisePhone, phonePattern, taxCodePattern } from './intakeForm';

/** Who files the dossier: a person (citizen ID required) or an organisation (tax code). */
export function ApplicantFields({ nameRef }: { nameRef: Ref<InputRef> }) {
  const { m } = useI18n();
  const a = m.dossiers.applicant;
  const required = { required: true, message: m.common.required };
  const kind = Form.useWatch(['applicant', 'kind']) as string | undefined;
  const isPerson = kind !== 'organisation';

  return (
    <>
      <Form.Item name={['applicant', 'kind']} label={a.kind}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: m.dossiers.applicantKinds.person },
            { value: 'organisation', label: m.dossiers.applicantKinds.organisation },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['applicant', 'name']} label={a.name} rules={[required, { min: 2, whitespace: true, message: a.nameTooShort }]}>
            <Input ref={nameRef} maxLength={200} autoComplete="off" data-testid="intake-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['applicant', 'citizenId']}
            label={a.citizenId}
            rules={[
              ...(isPerson ? [required] : []),
              {
                validator: (_rule, value: string | undefined) => {
                  const id = value?.trim() ?? '';
                  if (!id) return Promise.resolve();
                  if (!citizenIdPattern.test(id)) return Promise.reject(new Error(a.citizenIdInvalid));
                  return hasProvincePrefix(id) ? Promise.resolve() : Promise.reject(new Error(a.citizenIdPrefix));
                },
              },
            ]}
          >
            <Input inputMode="numeric" maxLength={12} autoComplete="off" data-testid="intake-citizen-id" />
          </Form.Item>
        </Col>
        {!isPerson && (
          <Col xs={24} md={12}>
            <Form.Item
              name={['applicant', 'taxCode']}
              label={a.taxCode}
              rules={[{ pattern: taxCodePattern, message: a.taxCodeInvalid, transform: (value: string) => value?.trim() }]}
            >
              <Input maxLength={14} autoComplete="off" data-testid="intake-tax-code" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item
            name={['applicant', 'phone']}
            label={a.phone}
            rules={[
              required,
              {
                validator: (_rule, value: string | undefined) =>
                  !value || phonePattern.test(normalisePhone(value)) ? Promise.resolve() : Promise.reject(new Error(a.phoneInvalid)),
              },
            ]}
          >
            <Input type="tel" inputMode="tel" maxLength={20} autoComplete="off" data-testid="intake-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['applicant', 'email']} label={a.email} rules={[{ type: 'email', message: a.emailInvalid }]}>
            <Input type="email" maxLength={200} autoComplete="off" data-testid="intake-email" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name={['applicant', 'address']}
            label={a.address}
            rules={[required, { min: 3, whitespace: true, message: a.addressTooShort }]}
          >
            <Input maxLength={300} autoComplete="off" data-testid="intake-address" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
