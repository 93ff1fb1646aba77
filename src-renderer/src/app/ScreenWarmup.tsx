import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Dropdown,
  Empty,
  Input,
  Pagination,
  Progress,
  Radio,
  Select,
  Table,
  Tabs,
  Typography,
} from 'antd';

const ONE = [{ value: 'a', label: 'a' }];

/**
 * The controls of the list screens and of a project's tabs (pager, filters, date ranges, tabs, tables), drawn
 * once, unseen, while the user reads the home screen: antd builds a component's CSS the first time it draws
 * it, and that took most of the first click on a list or on the ledger. Themed keeps the CSS once built.
 */
export function ScreenWarmup() {
  return (
    <div hidden aria-hidden="true" className="style-warmup">
      <Typography.Title level={4}>a</Typography.Title>
      <Input.Search allowClear />
      <Input allowClear />
      <Select mode="multiple" value={['a']} options={ONE} allowClear />
      <DatePicker.RangePicker />
      <DatePicker />
      <Radio.Group value="a" options={ONE} />
      <Checkbox />
      <Dropdown menu={{ items: [{ key: 'a', label: 'a' }] }}>
        <Button size="small">a</Button>
      </Dropdown>
      <Card size="small" title="a">
        <Tabs items={[{ key: 'a', label: 'a', children: 'a' }]} />
        <Descriptions size="small" items={[{ key: 'a', label: 'a', children: 'a' }]} />
        <Progress percent={1} size="small" />
        <Table size="small" pagination={false} columns={[{ key: 'a', dataIndex: 'a', title: 'a' }]} dataSource={[]} />
        <Empty />
      </Card>
      <Pagination size="small" total={100} showSizeChanger showTotal={(n) => n} />
    </div>
  );
}
