import { Col, Form, Input, Row, Select } from 'antd';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { hostBodies, hostRoles } from '@contracts/reception';
import { foldedSearch } from '../../receptionText';

/** The host of a session: the body, the office (which sets the legal minimum) and the name announced, with the place and hours. */
export function SessionFields({ withDate = true }: { withDate?: boolean }) {
  const { m } = useI18n();
  const r = m.reception;
  const t = r.schedule;
  const required = { required: true, message: m.common.required };
  const hostRole: string | undefined = Form.useWatch('hostRole');
  const hostBody: string | undefined = Form.useWatch('hostBody');
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name="hostBody" label={t.hostBody} rules={[required]}>
          <Select
            showSearch={foldedSearch}
            options={hostBodies.map((value) => ({ value, label: r.hostBodies[value] }))}
            data-testid="session-host-body"
            data-value={hostBody ?? ''}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="hostRole" label={t.hostRole} rules={[required]}>
          <Select
            showSearch={foldedSearch}
            options={hostRoles.map((value) => ({ value, label: r.hostRoles[value] }))}
            data-testid="session-host-role"
            data-value={hostRole ?? ''}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="hostName" label={t.hostName} extra={t.hostNameHint} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} data-testid="session-host-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="place" label={t.place} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={300} data-testid="session-place" />
        </Form.Item>
      </Col>
      {withDate && (
        <Col xs={24} sm={10}>
          <Form.Item name="date" label={t.date} rules={[required]}>
            <Input type="date" data-testid="session-date" />
          </Form.Item>
        </Col>
      )}
      <Col xs={12} sm={withDate ? 7 : 12}>
        <Form.Item name="startsAt" label={t.startsAt} rules={[required]}>
          <Input type="time" data-testid="session-starts" />
        </Form.Item>
      </Col>
      <Col xs={12} sm={withDate ? 7 : 12}>
        <Form.Item name="endsAt" label={t.endsAt} rules={[required]}>
          <Input type="time" data-testid="session-ends" />
        </Form.Item>
      </Col>
    </Row>
  );
}
